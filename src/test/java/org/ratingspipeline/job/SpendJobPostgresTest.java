package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same spend job tests against a real PostgreSQL server. */
class SpendJobPostgresTest extends SpendJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.postgres(registry);
    }
}
