package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same spend job tests against a real PostgreSQL server. */
class SpendJobPostgresTest extends SpendJobContract {

    private static final String URL = EmbeddedPostgresServer.newDatabaseUrl();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
