package org.ratingspipeline.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overspend maths: derived figures, percentages of budget, zero and missing budgets, sums and medians. */
class OverspendTest {

    private static BigDecimal gbp(long pounds) {
        return BigDecimal.valueOf(pounds);
    }

    @Test
    void anyTwoFiguresGiveTheThird() {
        assertThat(Overspend.of(gbp(100), gbp(130), null).overspend()).isEqualByComparingTo("30");
        assertThat(Overspend.of(gbp(100), null, gbp(30)).outturn()).isEqualByComparingTo("130");
        assertThat(Overspend.of(null, gbp(130), gbp(30)).budget()).isEqualByComparingTo("100");
        Overspend onlyOverspend = Overspend.of(null, null, gbp(30));
        assertThat(onlyOverspend.complete()).isFalse();
        assertThat(onlyOverspend.percent()).isEmpty();
    }

    @Test
    void percentageOfBudgetToOneDecimalPlaceRoundedHalfUp() {
        assertThat(Overspend.of(gbp(60_540_000), gbp(70_340_000), null).percent()).contains(new BigDecimal("16.2"));
        assertThat(Overspend.of(gbp(200), gbp(100), null).percent()).contains(new BigDecimal("-50.0"));
        assertThat(Overspend.of(gbp(1000), gbp(1000), null).percent()).contains(new BigDecimal("0.0"));
        // 0.05 rounds up
        assertThat(Overspend.of(gbp(2000), gbp(2001), null).percent()).contains(new BigDecimal("0.1"));
    }

    @Test
    void aZeroBudgetHasNoPercentageNotADivisionError() {
        Overspend zero = Overspend.of(gbp(0), gbp(5_000_000), null);
        assertThat(zero.complete()).isTrue();
        assertThat(zero.overspend()).isEqualByComparingTo("5000000");
        assertThat(zero.percent()).isEmpty();
        assertThat(SpendCells.percent(zero)).isEqualTo(org.ratingspipeline.report.Shorthand.NOT_APPLICABLE);
        assertThat(SpendCells.percent(Overspend.of(null, gbp(5), null)))
                .isEqualTo(org.ratingspipeline.report.Shorthand.NOT_AVAILABLE);
    }

    @Test
    void summariesSumOnlyRowsWithBothFiguresAndTakeTheMedianOfValidPercentages() {
        SpendSummary s = SpendSummary.of(List.of(
                Overspend.of(gbp(100), gbp(110), null),   // +10%
                Overspend.of(gbp(200), gbp(180), null),   // -10%
                Overspend.of(gbp(100), gbp(150), null),   // +50%
                Overspend.of(gbp(0), gbp(20), null),      // zero budget: summed, no percentage
                Overspend.of(null, gbp(999), null)));     // missing budget: counted, not summed
        assertThat(s.authorities()).isEqualTo(5);
        assertThat(s.complete()).isEqualTo(4);
        assertThat(s.budget()).isEqualByComparingTo("400");
        assertThat(s.outturn()).isEqualByComparingTo("460");
        assertThat(s.overspend()).isEqualByComparingTo("60");
        assertThat(s.percentOfBudget()).contains(new BigDecimal("15.0"));
        assertThat(s.overspending()).isEqualTo(3);
        assertThat(s.shareOverspending()).contains(new BigDecimal("75.0"));
        assertThat(s.median()).contains(new BigDecimal("10.0"));
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        SpendSummary s =
                SpendSummary.of(List.of(Overspend.of(gbp(100), gbp(110), null),
                        Overspend.of(gbp(100), gbp(125), null)));
        assertThat(s.median()).contains(new BigDecimal("17.5"));
    }

    @Test
    void nothingToSumGivesNoFiguresRatherThanZeros() {
        SpendSummary s = SpendSummary.of(List.of(Overspend.of(null, gbp(10), null)));
        assertThat(s.complete()).isZero();
        assertThat(s.percentOfBudget()).isEmpty();
        assertThat(s.shareOverspending()).isEmpty();
        assertThat(s.median()).isEmpty();
        assertThat(SpendCells.summary(s)).containsExactly(1L, 0L, org.ratingspipeline.report.Shorthand.NOT_AVAILABLE,
                org.ratingspipeline.report.Shorthand.NOT_AVAILABLE, org.ratingspipeline.report.Shorthand.NOT_AVAILABLE,
                org.ratingspipeline.report.Shorthand.NOT_AVAILABLE, org.ratingspipeline.report.Shorthand.NOT_AVAILABLE,
                        0L,
                org.ratingspipeline.report.Shorthand.NOT_AVAILABLE);
    }

    @Test
    void millionsToOneDecimalPlace() {
        assertThat(SpendSummary.millions(gbp(920_349_000))).isEqualByComparingTo("920.3");
        assertThat(SpendSummary.millions(gbp(1_681_850_000))).isEqualByComparingTo("1681.9");
    }
}
