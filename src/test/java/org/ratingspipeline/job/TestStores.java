package org.ratingspipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The store a job test class runs against, given to Spring as properties: a new, empty database
 * for each test class, so classes never see each other's runs.
 */
final class TestStores {

    private TestStores() {
    }

    /** An H2 database in a file, as the job runs by default. */
    static void h2File(DynamicPropertyRegistry registry) {
        try {
            String url = "jdbc:h2:file:" + Files.createTempDirectory("ratings-h2-").resolve("ratings")
                    + ";DB_CLOSE_ON_EXIT=FALSE";
            registry.add("spring.datasource.url", () -> url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database of its own on the tests' real PostgreSQL server. */
    static void postgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.datasource.password", () -> "");
    }
}
