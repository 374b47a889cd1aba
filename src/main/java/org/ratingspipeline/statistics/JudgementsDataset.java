package org.ratingspipeline.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.JudgementArea;
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
 * The workbook's headline figures as tidy data: for England, each region and each local
 * authority, in each judgement area, how many authorities hold each latest judgement and what
 * share of those judged that is. One row per place, area and judgement, every combination present
 * ("complete the matrix"), so a researcher filters rather than reshapes, and the authority rows
 * (a count of 1 or 0) add up to the regional and national rows.
 *
 * <p>The counts and shares come from the same {@link GradeTally} and {@link GradeShares} as the
 * workbook's tables, so the two can only agree; a test checks that they do.
 */
@Component
public class JudgementsDataset implements TidyDataset {

    public static final String NAME = "ofsted_la_childrens_services_judgements";

    static final TidyFilter AREA = TidyFilter.withDefault("judgement_area", "Judgement area",
            "Overall effectiveness, or one of the inspection framework's judgement areas",
            JudgementArea.OVERALL.label());
    static final TidyFilter JUDGEMENT = TidyFilter.withTotal("ofsted_judgement", "Latest Ofsted judgement",
            "Each authority's latest judgement by Ofsted's rule: its latest inspection carried out on or before the "
                    + "reporting date whose report was published by the cut-off. Good or outstanding and All judged "
                    + "are subtotals of the four grades");
    static final TidyIndicator COUNT = TidyIndicator.count("la_count", "Number of local authorities");
    static final TidyIndicator PERCENT = TidyIndicator.percent("la_percent", "Percentage of local authorities judged",
            1);

    private final LatestJudgements latest;
    private final AuthorityRegister register;

    public JudgementsDataset(LatestJudgements latest, AuthorityRegister register) {
        this.latest = latest;
        this.register = register;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "local authorities by latest Ofsted judgement in each judgement area as at the reporting date "
                + "(time_period is its year), as numbers and as percentages of those judged, for England, each region "
                + "and each local authority";
    }

    @Override
    public TidyTable table(ReportRun run) {
        return table(TidyTime.reportingYear(run.asOf()), latest.read(run.runId(), run.asOf()),
                register.englishRegions());
    }

    static TidyTable table(TidyTime time, List<AuthorityJudgement> authorities, List<Region> regions) {
        Set<Framework> frameworks = GradeTally.frameworksReported(authorities);
        List<JudgementArea> areas =
                Arrays.stream(JudgementArea.values()).filter(a -> frameworks.stream().anyMatch(a::partOf)).toList();
        List<TidyRow> rows = new ArrayList<>();
        for (JudgementArea area : areas) {
            add(rows, time, TidyLocation.national(), area, GradeTally.of(authorities, area));
        }
        List<Map<Region, GradeShares>> byRegion =
                areas.stream().map(area -> GradeTally.byRegion(authorities, regions, area)).toList();
        for (Region region : regions) {
            for (int i = 0; i < areas.size(); i++) {
                add(rows, time, TidyLocation.regional(region.code(), region.name()), areas.get(i),
                        byRegion.get(i).get(region));
            }
        }
        for (AuthorityJudgement a : authorities) {
            LocalAuthority la = a.authority();
            TidyLocation where = TidyLocation.localAuthority(la.oldCode(), la.newCode(), la.name(), a.region().code(),
                    a.region().name());
            for (JudgementArea area : areas) {
                add(rows, time, where, area, GradeTally.of(List.of(a), area));
            }
        }
        return new TidyTable(List.of(AREA, JUDGEMENT), List.of(COUNT, PERCENT), rows);
    }

    private static void add(List<TidyRow> rows, TidyTime time, TidyLocation where, JudgementArea area,
            GradeShares shares) {
        for (JudgementOutcome outcome : JudgementOutcome.values()) {
            Object percent = outcome.share(shares).<Object>map(p -> p).orElse(Shorthand.NOT_APPLICABLE);
            rows.add(new TidyRow(time, where, List.of(area.label(), outcome.label()),
                    List.of(outcome.count(shares), percent)));
        }
    }
}
