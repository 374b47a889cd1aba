package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same trend and journey tests against a real PostgreSQL server: the window-function SQL is shared. */
class TrendsAndJourneysPostgresTest extends TrendsAndJourneysContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.postgres(registry);
    }
}
