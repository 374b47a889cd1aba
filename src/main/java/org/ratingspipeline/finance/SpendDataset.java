package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyIndicator;
import org.ratingspipeline.report.tidy.TidyLocation;
import org.ratingspipeline.report.tidy.TidyRow;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;
import org.springframework.stereotype.Component;

/**
 * The workbook's spend figures as tidy data: budget, outturn and overspend in pounds and the
 * overspend as a percentage of budget, for England, each region and each authority matched to
 * the register, in each financial year. There is no row for the years together: EES adds up over
 * time itself, and a time_period cannot say "all years".
 *
 * <p>The national and regional rows are the same {@link SpendSummary} of the same ledger lines as
 * the workbook's national and regional spend tables, so the two can only agree; a test checks it.
 * Without a spend file in the run there is no file, as there are no spend tables.
 */
@Component
public class SpendDataset implements TidyDataset {

    public static final String NAME = "la_childrens_social_care_spend";
    static final String FINANCIAL_YEAR = "Financial year";

    static final TidyIndicator AUTHORITIES = TidyIndicator.count("la_count", "Local authorities with budget and "
            + "outturn");
    static final TidyIndicator BUDGET = pounds("budget_gbp", "Budget");
    static final TidyIndicator OUTTURN = pounds("outturn_gbp", "Outturn");
    static final TidyIndicator OVERSPEND = pounds("overspend_gbp", "Overspend (outturn minus budget)");
    static final TidyIndicator PERCENT = TidyIndicator.percent("overspend_percent", "Overspend as a percentage of "
            + "budget", 1);

    private final SpendTables tables;
    private final SpendLedger ledger;
    private final AuthorityRegister register;

    public SpendDataset(SpendTables tables, SpendLedger ledger, AuthorityRegister register) {
        this.tables = tables;
        this.ledger = ledger;
        this.register = register;
    }

    /** Whole pounds, as the workbook shows an authority's figures. */
    private static TidyIndicator pounds(String name, String label) {
        return new TidyIndicator(name, label, "£", 0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "children's social care budget, outturn and overspend in pounds, and overspend as a percentage of "
                + "budget, by financial year, for England, each region and each local authority; national and regional "
                + "sums are over the authorities with both a budget and an outturn (la_count)";
    }

    /**
     * With a spend file, as the spend tables, and with at least one row matched to an authority: a
     * file whose every row failed to match has no figure to publish (the workbook's tables say why),
     * and a tidy file cannot be empty. The spend rows are few (one per authority and year), so reading
     * them again here costs little.
     */
    @Override
    public boolean publishedFor(ReportRun run) {
        return tables.hasSpend(run) && ledger.read(run.runId(), run.asOf()).stream().anyMatch(SpendLine::matched);
    }

    @Override
    public TidyTable table(ReportRun run) {
        return table(ledger.read(run.runId(), run.asOf()), register.englishRegions());
    }

    static TidyTable table(List<SpendLine> lines, List<Region> regions) {
        // As the workbook's national table: every line matched to an authority of its year, joined to a judgement or
        // not.
        List<SpendLine> matched = lines.stream().filter(SpendLine::matched).toList();
        List<FinancialYear> years = List.copyOf(new TreeSet<>(matched.stream().map(SpendLine::year).toList()));
        List<TidyRow> rows = new ArrayList<>();
        for (FinancialYear year : years) {
            rows.add(row(year, TidyLocation.national(), summary(matched, year, null)));
        }
        for (Region region : regions) {
            for (FinancialYear year : years) {
                rows.add(row(year, TidyLocation.regional(region.code(), region.name()),
                        summary(matched, year, region)));
            }
        }
        for (SpendLine l : matched) {
            LocalAuthority la = l.authority();
            TidyLocation where = TidyLocation.localAuthority(la.oldCode(), la.newCode(), la.name(), l.region().code(),
                    l.region().name());
            Overspend money = l.money();
            rows.add(new TidyRow(time(l.year()), where, List.of(),
                    List.of(money.complete() ? 1 : 0, pounds(money.budget()),
                    pounds(money.outturn()), pounds(money.overspend()), SpendCells.percent(money))));
        }
        return new TidyTable(List.of(), List.of(AUTHORITIES, BUDGET, OUTTURN, OVERSPEND, PERCENT), rows);
    }

    private static SpendSummary summary(List<SpendLine> matched, FinancialYear year, Region region) {
        return SpendSummary.of(matched.stream().filter(l -> l.year().equals(year))
                .filter(l -> region == null || l.region().code().equals(region.code())).map(SpendLine::money).toList());
    }

    /**
     * Shorthand as in the workbook's summary cells: no complete row, nothing summed ([x]); a budget of zero or less,
     * [z].
     */
    private static TidyRow row(FinancialYear year, TidyLocation where, SpendSummary s) {
        List<Object> values = s.complete() == 0
                ? List.of(0L, Shorthand.NOT_AVAILABLE, Shorthand.NOT_AVAILABLE, Shorthand.NOT_AVAILABLE,
                        Shorthand.NOT_AVAILABLE)
                : List.of(s.complete(), pounds(s.budget()), pounds(s.outturn()), pounds(s.overspend()),
                        s.percentOfBudget().<Object>map(p -> p).orElse(Shorthand.NOT_APPLICABLE));
        return new TidyRow(time(year), where, List.of(), values);
    }

    /** EES writes a financial year as its two calendar years run together: 2021 to 2022 is 202122. */
    static TidyTime time(FinancialYear year) {
        return new TidyTime(String.format("%d%02d", year.startYear(), (year.startYear() + 1) % 100), FINANCIAL_YEAR);
    }

    /**
     * Whole pounds, rounded half up as the workbook's {@code #,##0} format displays them; [x] where the
     * file gave no figure (the same mapping as the workbook's, {@link SpendCells#pounds}).
     */
    private static Object pounds(BigDecimal value) {
        Object cell = SpendCells.pounds(value);
        return cell instanceof BigDecimal b ? b.setScale(0, RoundingMode.HALF_UP) : cell;
    }
}
