package org.ratingspipeline.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.inspection.Grade;

class GradeSharesTest {

    @Test
    void sharesAreOfThoseJudgedRoundedHalfUpToOneDecimal() {
        GradeShares s = new GradeShares(Map.of(Grade.OUTSTANDING, 1L, Grade.GOOD, 1L, Grade.INADEQUATE, 1L), 2, 1, 5);
        assertThat(s.judged()).isEqualTo(3);
        assertThat(s.authorities()).isEqualTo(11);
        assertThat(s.share(Grade.GOOD)).contains(new BigDecimal("33.3"));
        assertThat(s.share(Grade.REQUIRES_IMPROVEMENT)).contains(new BigDecimal("0.0"));
        assertThat(s.goodOrOutstandingShare()).contains(new BigDecimal("66.7"));
        assertThat(s.sumOfRoundedShares()).contains(new BigDecimal("99.9"));
    }

    @Test
    void roundedSharesMaySumToMoreThan100AndTheSumIsReported() {
        // 2/7 = 28.57 rounds up three times: 28.6 + 28.6 + 28.6 + 14.3 = 100.1, as the press's 103% did on a larger
        // scale.
        GradeShares t = new GradeShares(Map.of(Grade.OUTSTANDING, 2L, Grade.GOOD, 2L, Grade.REQUIRES_IMPROVEMENT, 2L,
                Grade.INADEQUATE, 1L), 0, 0, 0);
        assertThat(t.share(Grade.OUTSTANDING)).contains(new BigDecimal("28.6"));
        assertThat(t.share(Grade.INADEQUATE)).contains(new BigDecimal("14.3"));
        assertThat(t.sumOfRoundedShares()).contains(new BigDecimal("100.1"));
    }

    @Test
    void noShareWhenNobodyWasJudged() {
        GradeShares s = new GradeShares(Map.of(), 0, 0, 153);
        assertThat(s.share(Grade.GOOD)).isEmpty();
        assertThat(s.sumOfRoundedShares()).isEmpty();
        assertThat(s.notYetInspected()).isEqualTo(153);
    }
}
