package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One authority's children's social care money for one year: budget, outturn and overspend in
 * pounds, any of them unknown (null). Overspend is outturn minus budget (negative: an underspend).
 */
public record Overspend(BigDecimal budget, BigDecimal outturn, BigDecimal overspend) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * From what a file gives: any two of the three figures determine the third; with only one,
     * the others stay unknown. When all three are given, outturn minus budget wins (the caller
     * warns if the file's overspend disagrees).
     */
    public static Overspend of(BigDecimal budget, BigDecimal outturn, BigDecimal overspendGiven) {
        if (budget != null && outturn != null) {
            return new Overspend(budget, outturn, outturn.subtract(budget));
        }
        if (budget != null && overspendGiven != null) {
            return new Overspend(budget, budget.add(overspendGiven), overspendGiven);
        }
        if (outturn != null && overspendGiven != null) {
            return new Overspend(outturn.subtract(overspendGiven), outturn, overspendGiven);
        }
        return new Overspend(budget, outturn, overspendGiven);
    }

    /** Both the budget and the overspend are known (and so the outturn): the row counts in totals. */
    public boolean complete() {
        return budget != null && overspend != null;
    }

    /**
     * Overspend as a percentage of budget, unrounded; empty when it is not available (a figure is
     * missing) or not applicable (a budget of zero or less has no percentage; {@link #complete()}
     * tells which).
     */
    public Optional<BigDecimal> exactPercent() {
        if (!complete() || budget.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(overspend.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64));
    }

    /** The percentage to one decimal place, as the report shows it. */
    public Optional<BigDecimal> percent() {
        return exactPercent().map(Overspend::oneDecimal);
    }

    static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
