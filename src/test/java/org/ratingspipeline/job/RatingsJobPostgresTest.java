package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same job tests against a real PostgreSQL server: the schema and SQL are shared with H2. */
class RatingsJobPostgresTest extends RatingsJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.postgres(registry);
    }
}
