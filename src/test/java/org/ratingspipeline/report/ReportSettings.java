package org.ratingspipeline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.ratingspipeline.common.RatingsProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The report settings a test needs, bound as Spring binds application.yml, so later settings need no change here. */
public final class ReportSettings {

    private ReportSettings() {
    }

    public static RatingsProperties properties(int keep) {
        return properties(keep, Map.of());
    }

    /** @param overrides settings that replace the defaults, e.g. {@code ratings.report.inspections-source-url} */
    public static RatingsProperties properties(int keep, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(theme());
        settings.put("ratings.archive.keep", String.valueOf(keep));
        settings.put("ratings.report.publisher", "ratings-pipeline");
        settings.put("ratings.report.contact-name", "maintainers");
        settings.put("ratings.report.contact-email", "team@example.org");
        settings.put("ratings.report.next-update", "Nightly.");
        settings.put("ratings.report.inspections-source", "Ofsted");
        settings.put("ratings.report.inspections-source-detail", "Ofsted, official statistics, Open Government "
                + "Licence v3.0.");
        settings.put("ratings.report.inspections-source-url", "https://www.gov.uk/government/organisations/ofsted");
        settings.put("ratings.report.inspections-caveat", "None.");
        settings.put("ratings.report.register-source", "DfE");
        settings.put("ratings.report.register-source-url",
                "https://www.gov.uk/government/organisations/department-for-education");
        settings.putAll(overrides);
        return new Binder(new MapConfigurationPropertySource(settings)).bind("ratings", RatingsProperties.class).get();
    }

    /** The workbook theme of application.yml, as published: a test of the writer sees the real layout. */
    private static Map<String, String> theme() {
        try {
            Map<String, String> theme = new HashMap<>();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
                    new ClassPathResource("application.yml"))) {
                if (source instanceof EnumerablePropertySource<?> yml) {
                    for (String name : yml.getPropertyNames()) {
                        if (name.startsWith("ratings.workbook.")) {
                            theme.put(name, String.valueOf(yml.getProperty(name)));
                        }
                    }
                }
            }
            return theme;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
