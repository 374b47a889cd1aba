package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Several inspection files in one run, on a real PostgreSQL server. */
class SeveralSourcesPostgresTest extends SeveralSourcesContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.postgres(registry);
    }
}
