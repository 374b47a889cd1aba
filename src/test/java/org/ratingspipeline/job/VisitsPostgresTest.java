package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The visits tests against a real PostgreSQL server. */
class VisitsPostgresTest extends VisitsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.postgres(registry);
    }
}
