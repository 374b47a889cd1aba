package org.ratingspipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The job against the embedded default: an H2 database in a file. */
class RatingsJobH2Test extends RatingsJobContract {

    private static final Path DATABASE;

    static {
        try {
            DATABASE = Files.createTempDirectory("ratings-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE.resolve("ratings") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
