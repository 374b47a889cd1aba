package org.ratingspipeline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlexibleDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2017-07-13", "13/07/2017", "13/7/2017", "13 July 2017", "13 july 2017", " 13  Jul 2017 "})
    void readsTheThreeContractForms(String text) {
        assertThat(FlexibleDate.parse(text)).contains(LocalDate.of(2017, 7, 13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2019", "31/02/2019x", "2017-13-01", "07/13/2017", "yesterday", "13.07.2017", "NaN"})
    void rejectsImpossibleOrForeignDates(String text) {
        assertThat(FlexibleDate.parse(text)).isEmpty();
    }
}
