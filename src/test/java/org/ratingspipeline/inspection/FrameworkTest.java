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
        assertThat(Framework.inferredFrom(LocalDate.of(2017, 12, 31), null)).isEqualTo(Framework.SIF);
        assertThat(Framework.inferredFrom(LocalDate.of(2018, 1, 1), null)).isEqualTo(Framework.ILACS);
    }

    @Test
    void withOnlyAPublicationDateReportsBeforeTheFirstIlacsReportOfMarch2018AreSif() {
        assertThat(Framework.inferredFrom(null, LocalDate.of(2018, 2, 28))).isEqualTo(Framework.SIF);
        assertThat(Framework.inferredFrom(null, LocalDate.of(2018, 3, 1))).isEqualTo(Framework.ILACS);
    }

    @Test
    void onlyIlacsInspectionsFromApril2026GiveNoOverallJudgement() {
        assertThat(Framework.ILACS.givesNoOverall(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(Framework.ILACS.givesNoOverall(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(Framework.SIF.givesNoOverall(LocalDate.of(2026, 4, 1))).isFalse();
    }
}
