package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Spend of a group of authority-years (a year nationally, a region, a grade): the sums, the
 * overspend as a share of the budget, the median authority, how many overspent. Sums are over the
 * rows with both a budget and an outturn, so budget + overspend = outturn holds in every row of a
 * table and the percentage is of the budget shown beside it.
 *
 * @param authorities rows in the group, with or without complete figures
 * @param complete rows with both a budget and an outturn (or an overspend): the rows summed
 * @param budget summed budget of the complete rows, in pounds
 * @param outturn summed outturn of the complete rows, in pounds
 * @param overspend summed overspend of the complete rows, in pounds
 * @param overspending complete rows whose outturn was above budget
 * @param medianPercent median of the rows' overspend as a percentage of budget, over the rows that have one, unrounded
 */
public record SpendSummary(long authorities, long complete, BigDecimal budget, BigDecimal outturn, BigDecimal overspend,
                           long overspending, Optional<BigDecimal> medianPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public static SpendSummary of(Collection<Overspend> rows) {
        long complete = 0;
        long overspending = 0;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal outturn = BigDecimal.ZERO;
        BigDecimal overspend = BigDecimal.ZERO;
        for (Overspend o : rows) {
            if (o.complete()) {
                complete++;
                budget = budget.add(o.budget());
                outturn = outturn.add(o.outturn());
                overspend = overspend.add(o.overspend());
                if (o.overspend().signum() > 0) {
                    overspending++;
                }
            }
        }
        List<BigDecimal> percents =
                rows.stream().map(Overspend::exactPercent).flatMap(Optional::stream).sorted().toList();
        return new SpendSummary(rows.size(), complete, budget, outturn, overspend, overspending, median(percents));
    }

    /**
     * Overspend as a percentage of budget, one decimal; empty when there are no complete rows or the budget is not
     * positive.
     */
    public Optional<BigDecimal> percentOfBudget() {
        if (complete == 0 || budget.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Overspend.oneDecimal(overspend.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64)));
    }

    /** Rows overspending as a percentage of the complete rows, one decimal; empty when there are none. */
    public Optional<BigDecimal> shareOverspending() {
        if (complete == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(overspending).multiply(HUNDRED).divide(BigDecimal.valueOf(complete), 1,
                RoundingMode.HALF_UP));
    }

    /** The median percentage to one decimal place, as the report shows it. */
    public Optional<BigDecimal> median() {
        return medianPercent.map(Overspend::oneDecimal);
    }

    /** Pounds as £ million to one decimal place. */
    public static BigDecimal millions(BigDecimal pounds) {
        return pounds.divide(MILLION, 1, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle values, of a sorted list. */
    static Optional<BigDecimal> median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return Optional.empty();
        }
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2),
                MathContext.DECIMAL64));
    }
}
