package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same job tests against a real PostgreSQL server: the schema and SQL are shared with H2. */
class RatingsJobPostgresTest extends RatingsJobContract {

    private static final String URL = EmbeddedPostgresServer.newDatabaseUrl();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
