package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Shorthand;

/** How spend figures appear in a table: the same columns, units and shorthand in every spend table. */
final class SpendCells {

    private SpendCells() {
    }

    /** The columns of a {@link SpendSummary}, after a table's own label columns. */
    static List<Column> summaryColumns() {
        return List.of(
                Column.count("Authorities with spend data", "number"),
                Column.count("Authorities with budget and outturn", "number"),
                Column.decimal("Budget", "£ million"),
                Column.decimal("Outturn", "£ million"),
                Column.decimal("Overspend", "£ million"),
                Column.decimal("Overspend", "% of budget"),
                Column.decimal("Median overspend", "% of budget"),
                Column.count("Authorities overspending", "number"),
                Column.decimal("Authorities overspending", "% of those with budget and outturn"));
    }

    /**
     * The cells of a summary. Without any authority with both figures there is nothing to sum: [x].
     * A percentage of a budget of zero or less is not applicable: [z].
     */
    static List<Object> summary(SpendSummary s) {
        List<Object> cells = new ArrayList<>(List.of(s.authorities(), s.complete()));
        if (s.complete() == 0) {
            for (int i = 0; i < 5; i++) {
                cells.add(Shorthand.NOT_AVAILABLE);
            }
            cells.add(s.overspending());
            cells.add(Shorthand.NOT_AVAILABLE);
            return cells;
        }
        cells.add(SpendSummary.millions(s.budget()));
        cells.add(SpendSummary.millions(s.outturn()));
        cells.add(SpendSummary.millions(s.overspend()));
        cells.add(s.percentOfBudget().<Object>map(p -> p).orElse(Shorthand.NOT_APPLICABLE));
        cells.add(s.median().<Object>map(p -> p).orElse(Shorthand.NOT_APPLICABLE));
        cells.add(s.overspending());
        cells.add(s.shareOverspending().orElseThrow());
        return cells;
    }

    /** Pounds, or [x] where the file gave no figure. */
    static Object pounds(BigDecimal value) {
        return value == null ? Shorthand.NOT_AVAILABLE : value;
    }

    /** Overspend as a percentage of budget: [x] where a figure is missing, [z] where the budget is zero or less. */
    static Object percent(Overspend money) {
        if (!money.complete()) {
            return Shorthand.NOT_AVAILABLE;
        }
        return money.percent().<Object>map(p -> p).orElse(Shorthand.NOT_APPLICABLE);
    }

    /** Budget, outturn, overspend (£) and overspend (%) of one authority-year. */
    static List<Object> money(Overspend money) {
        return List.of(pounds(money.budget()), pounds(money.outturn()), pounds(money.overspend()), percent(money));
    }
}
