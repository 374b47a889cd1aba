package org.ratingspipeline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest
    @CsvSource({"Outstanding,OUTSTANDING", "' good ',GOOD", "2,GOOD", "RI,REQUIRES_IMPROVEMENT", "ri,"
            + "REQUIRES_IMPROVEMENT",
            "Requires improvement,REQUIRES_IMPROVEMENT", "REQUIRES  IMPROVEMENT TO BE GOOD,REQUIRES_IMPROVEMENT",
            "3,REQUIRES_IMPROVEMENT", "inadequate,INADEQUATE", "4,INADEQUATE", "1,OUTSTANDING"})
    void readsEveryAcceptedSpelling(String text, Grade grade) {
        assertThat(Grade.parse(text)).contains(grade);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Excellent", "NaN", "5", "0", "to requires improvement", "good-ish", "", "Good."})
    void rejectsAnythingElse(String text) {
        assertThat(Grade.parse(text)).isEmpty();
    }
}
