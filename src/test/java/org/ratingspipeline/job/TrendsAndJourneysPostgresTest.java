package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same trend and journey tests against a real PostgreSQL server: the window-function SQL is shared. */
class TrendsAndJourneysPostgresTest extends TrendsAndJourneysContract {

    private static final String URL = EmbeddedPostgresServer.newDatabaseUrl();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
