package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyFilter;
import org.ratingspipeline.report.tidy.TidyIndicator;
import org.ratingspipeline.report.tidy.TidyLocation;
import org.ratingspipeline.report.tidy.TidyRow;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;
import org.springframework.stereotype.Component;

/**
 * Spend per child aged 0 to 17 as tidy data: for England, each region and each authority, by
 * financial year, the outturn, the children and the spend per child, from the same rows as the
 * workbook's spend-per-child tables. Without a spend file there is no file.
 */
@Component
public class SpendPerChildDataset implements TidyDataset {

    public static final String NAME = "la_childrens_social_care_spend_per_child";

    static final TidyIndicator AUTHORITIES =
            TidyIndicator.count("la_count", "Local authorities with outturn and population estimate");
    static final TidyIndicator OUTTURN = new TidyIndicator("outturn_gbp", "Outturn", "£", 0);
    static final TidyIndicator CHILDREN = TidyIndicator.count(
            "children_0_17",
            "Children aged 0 to 17 (ONS mid-year estimate of " + "the year the financial year starts in)");
    static final TidyIndicator PER_CHILD =
            new TidyIndicator("spend_per_child_gbp", "Spend per child aged 0 to 17", "£", 0);

    /**
     * Which figure a row gives: the place's own, or (on local authority rows) the median of the authority's
     * statistical neighbours, as the workbook's authorities table shows beside it. EES has no geographic level for a
     * group of neighbours, so the median is a level of this filter on its authority's row.
     */
    static final TidyFilter COMPARISON = TidyFilter.withDefault(
            "comparison",
            "Figure",
            "Own figure: the outturn, children and spend per child of the place itself. Statistical neighbours' "
                    + "median: on a local authority's rows, the median spend per child of its ten statistical "
                    + "neighbours (DfE's children's services model) with a figure that year, a neighbour that did not "
                    + "exist then counted as the authorities covering its area at the year's start; la_count is the "
                    + "neighbours with a figure; outturn and children are z (a median of neighbours has no total)",
            "Own figure");
    static final String OWN = "Own figure";
    static final String NEIGHBOURS_MEDIAN = "Statistical neighbours' median";

    private final SpendPerChildTables tables;
    private final AuthorityRegister register;

    public SpendPerChildDataset(SpendPerChildTables tables, AuthorityRegister register) {
        this.tables = tables;
        this.register = register;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "children's social care outturn, children aged 0 to 17 and spend per child in pounds, by financial"
                + " year, for England, each region and each local authority; national and regional figures are over the"
                + " authorities with both an outturn and a population estimate (la_count); beside each authority's own"
                + " figure (comparison: Own figure), its statistical neighbours' median spend per child (comparison:"
                + " Statistical neighbours' median)";
    }

    @Override
    public boolean publishedFor(ReportRun run) {
        return tables.hasSpend(run) && !tables.byYear(run).isEmpty();
    }

    @Override
    public TidyTable table(ReportRun run) {
        Map<FinancialYear, List<AuthorityYear>> byYear = tables.byYear(run);
        List<TidyRow> rows = new ArrayList<>();
        byYear.forEach((year, all) -> rows.add(area(year, TidyLocation.national(), all)));
        for (Region region : register.englishRegions()) {
            byYear.forEach((year, all) -> rows.add(area(
                    year,
                    TidyLocation.regional(region.code(), region.name()),
                    all.stream()
                            .filter(a -> a.line().region().code().equals(region.code()))
                            .toList())));
        }
        byYear.forEach((year, all) -> all.forEach(a -> rows.add(ownFigure(year, a))));
        // the neighbours' medians after every place's own figures, from the very figures of the workbook's table
        tables.benchmarks(run).forEach((year, all) -> all.forEach(b -> rows.add(neighboursMedian(year, b))));
        return new TidyTable(List.of(COMPARISON), List.of(AUTHORITIES, OUTTURN, CHILDREN, PER_CHILD), rows);
    }

    private static TidyRow ownFigure(FinancialYear year, AuthorityYear a) {
        BigDecimal outturn = a.line().money().outturn();
        return new TidyRow(
                time(year),
                where(a),
                List.of(OWN),
                List.of(
                        a.perChild().isPresent() ? 1 : 0,
                        outturn == null ? Shorthand.NOT_AVAILABLE : outturn.setScale(0, RoundingMode.HALF_UP),
                        a.children().<Object>map(c -> c).orElse(Shorthand.NOT_AVAILABLE),
                        a.perChild().<Object>map(p -> p).orElse(Shorthand.NOT_AVAILABLE)));
    }

    private static TidyRow neighboursMedian(FinancialYear year, SpendBenchmark b) {
        return new TidyRow(
                time(year),
                where(b.authorityYear()),
                List.of(NEIGHBOURS_MEDIAN),
                List.of(
                        b.neighboursWithPerChild(),
                        Shorthand.NOT_APPLICABLE,
                        Shorthand.NOT_APPLICABLE,
                        b.neighboursPerChild()));
    }

    private static TidyLocation where(AuthorityYear a) {
        LocalAuthority la = a.line().authority();
        return TidyLocation.localAuthority(
                la.oldCode(),
                la.newCode(),
                la.name(),
                a.line().region().code(),
                a.line().region().name());
    }

    private static TidyRow area(FinancialYear year, TidyLocation where, List<AuthorityYear> all) {
        List<AuthorityYear> both =
                all.stream().filter(a -> a.perChild().isPresent()).toList();
        Optional<BigDecimal> perChild = SpendPerChildTables.perChild(both);
        if (perChild.isEmpty()) {
            return new TidyRow(
                    time(year),
                    where,
                    List.of(OWN),
                    List.of(0, Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE));
        }
        BigDecimal outturn =
                both.stream().map(a -> a.line().money().outturn()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long children = both.stream().mapToLong(a -> a.children().orElseThrow()).sum();
        return new TidyRow(
                time(year),
                where,
                List.of(OWN),
                List.of(both.size(), outturn.setScale(0, RoundingMode.HALF_UP), children, perChild.get()));
    }

    /** EES writes a financial year as its two calendar years run together: 2021 to 2022 is 202122. */
    static TidyTime time(FinancialYear year) {
        return new TidyTime(String.format("%d%02d", year.startYear(), (year.startYear() + 1) % 100), "Financial year");
    }
}
