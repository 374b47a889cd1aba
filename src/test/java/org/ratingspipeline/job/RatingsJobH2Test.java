package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The job against the embedded default: an H2 database in a file. */
class RatingsJobH2Test extends RatingsJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }
}
