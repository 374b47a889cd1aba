package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyIndicator;
import org.ratingspipeline.report.tidy.TidyLocation;
import org.ratingspipeline.report.tidy.TidyRow;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;
import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.GradeShares;
import org.ratingspipeline.statistics.GradeTally;
import org.springframework.stereotype.Component;

/**
 * The statistical neighbours table's figures as tidy data, one row per authority, with its region's
 * and England's share beside its neighbours' as LAIT's downloads set them: the figures of the
 * workbook's neighbours table, from the same comparisons.
 */
@Component
public class NeighboursDataset implements TidyDataset {

    public static final String NAME = "la_childrens_services_statistical_neighbours";

    static final TidyIndicator COUNTED = TidyIndicator.count("neighbours_counted", "Statistical neighbours counted");
    static final TidyIndicator JUDGED = TidyIndicator.count("neighbours_judged", "Statistical neighbours judged");
    static final TidyIndicator GOOD =
            TidyIndicator.count("neighbours_good_or_outstanding", "Statistical neighbours good or outstanding");
    static final TidyIndicator GOOD_PERCENT = TidyIndicator.percent(
            "neighbours_good_or_outstanding_percent", "Statistical neighbours good or outstanding (% of judged)", 1);
    static final TidyIndicator REGION_PERCENT =
            TidyIndicator.percent("region_good_or_outstanding_percent", "Region good or outstanding (% of judged)", 1);
    static final TidyIndicator ENGLAND_PERCENT = TidyIndicator.percent(
            "england_good_or_outstanding_percent", "England good or outstanding (% of judged)", 1);

    private final NeighbourTables tables;
    private final AuthorityRegister register;

    public NeighboursDataset(NeighbourTables tables, AuthorityRegister register) {
        this.tables = tables;
        this.register = register;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "for each local authority, how many of its ten statistical neighbours are counted, judged and good or"
                + " outstanding by their latest overall effectiveness judgement as at the reporting date, and the share"
                + " good or outstanding of its neighbours, its region and England";
    }

    /** A reporting date before any authority's judgement has no authority to set beside its neighbours. */
    @Override
    public boolean publishedFor(ReportRun run) {
        return !tables.comparisons(run).isEmpty();
    }

    @Override
    public TidyTable table(ReportRun run) {
        List<NeighbourComparison> comparisons = tables.comparisons(run);
        List<AuthorityJudgement> all =
                comparisons.stream().map(NeighbourComparison::authority).toList();
        GradeShares england = GradeTally.of(all, JudgementArea.OVERALL);
        Map<Region, GradeShares> regions = GradeTally.byRegion(all, register.englishRegions());
        TidyTime time = TidyTime.reportingYear(run.asOf());
        List<TidyRow> rows = new ArrayList<>();
        for (NeighbourComparison c : comparisons) {
            LocalAuthority la = c.authority().authority();
            Region region = c.authority().region();
            TidyLocation where =
                    TidyLocation.localAuthority(la.oldCode(), la.newCode(), la.name(), region.code(), region.name());
            GradeShares s = c.shares();
            List<Object> values = new ArrayList<>(
                    c.neighbours().isEmpty()
                            ? List.of(
                                    Shorthand.NOT_AVAILABLE,
                                    Shorthand.NOT_AVAILABLE,
                                    Shorthand.NOT_AVAILABLE,
                                    Shorthand.NOT_AVAILABLE)
                            : List.of(
                                    c.counted().size(),
                                    s.judged(),
                                    s.goodOrOutstanding(),
                                    share(s.goodOrOutstandingShare())));
            GradeShares inRegion = regions.get(region);
            values.add(inRegion == null ? Shorthand.NOT_AVAILABLE : share(inRegion.goodOrOutstandingShare()));
            values.add(share(england.goodOrOutstandingShare()));
            rows.add(new TidyRow(time, where, List.of(), values));
        }
        return new TidyTable(
                List.of(), List.of(COUNTED, JUDGED, GOOD, GOOD_PERCENT, REGION_PERCENT, ENGLAND_PERCENT), rows);
    }

    private static Object share(Optional<BigDecimal> share) {
        return share.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }
}
