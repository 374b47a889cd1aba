package org.ratingspipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The spend job tests against an H2 database in a file. */
class SpendJobH2Test extends SpendJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            String url = "jdbc:h2:file:" + Files.createTempDirectory("ratings-spend-h2-").resolve("ratings") + ";DB_CLOSE_ON_EXIT=FALSE";
            registry.add("spring.datasource.url", () -> url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
