package org.ratingspipeline.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The trend, journeys and charts against an H2 database in a file, as the job runs by default. */
class TrendsAndJourneysH2Test extends TrendsAndJourneysContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }
}
