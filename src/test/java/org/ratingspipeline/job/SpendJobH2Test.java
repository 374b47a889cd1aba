package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The spend job tests against an H2 database in a file. */
class SpendJobH2Test extends SpendJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }
}
