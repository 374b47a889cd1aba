package org.ratingspipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The trend, journeys and charts against an H2 database in a file, as the job runs by default. */
class TrendsAndJourneysH2Test extends TrendsAndJourneysContract {

    private static final String URL;

    static {
        try {
            URL = "jdbc:h2:file:" + Files.createTempDirectory("ratings-trends-h2-").resolve("ratings") + ";DB_CLOSE_ON_EXIT=FALSE";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }
}
