package org.ratingspipeline.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The SQL statements of the pipeline, kept as files under {@code src/main/resources/sql}. */
@Component
public class SqlScripts {

    public String get(String name) {
        ClassPathResource resource = new ClassPathResource("sql/" + name + ".sql");
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8).strip().replaceAll(";$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("missing SQL script sql/" + name + ".sql", e);
        }
    }
}
