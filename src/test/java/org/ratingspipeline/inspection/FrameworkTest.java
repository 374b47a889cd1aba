package org.ratingspipeline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    @Test
    void readsFrameworksAndIlacsInspectionTypes() {
        assertThat(Framework.parse("sif")).contains(new Framework.Reading(Framework.SIF, null));
        assertThat(Framework.parse("ILACS")).contains(new Framework.Reading(Framework.ILACS, null));
        assertThat(Framework.parse("Standard")).contains(new Framework.Reading(Framework.ILACS, "standard"));
        assertThat(Framework.parse("short")).contains(new Framework.Reading(Framework.ILACS, "short"));
        assertThat(Framework.parse("None")).isEmpty();
        assertThat(Framework.parse("inspection duration longer than standard framework")).isEmpty();
    }

    @Test
    void infersTheFrameworkFromTheDateIlacsBeganInJanuary2018() {
        assertThat(Framework.inferredFrom(LocalDate.of(2017, 12, 31))).isEqualTo(Framework.SIF);
        assertThat(Framework.inferredFrom(LocalDate.of(2018, 1, 1))).isEqualTo(Framework.ILACS);
    }
}
