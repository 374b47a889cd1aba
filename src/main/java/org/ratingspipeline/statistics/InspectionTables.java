package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The headline tables: authorities by latest judgement, nationally, by region, by area, and one by one. */
@Component
public class InspectionTables implements ReportSection {

    /** The keys of its tables, in the order it builds them. */
    public static final String NATIONAL = "national";
    public static final String REGIONS = "regions";
    public static final String OFSTED_REGIONS = "ofsted_regions";
    public static final String JUDGEMENT_AREAS = "judgement_areas";
    public static final String IMPACT_OF_LEADERS = "impact_of_leaders";
    public static final String AUTHORITIES = "authorities";

    static final Note LATEST = new Note("latest", "An authority's latest judgement follows Ofsted's rule for its own "
                + "as-at figures: the judgement of its latest inspection carried out on or before the reporting date "
                + "whose report was published on or before the publication cut-off (Ofsted's figures as at 31 March "
                + "count reports published by 30 June; this report's cut-off is in its title). The inspection date is "
                + "the start of fieldwork; for SIF inspections, for which Ofsted gives no fieldwork dates, the "
                + "publication date stands in, and where a source gives no publication date the inspection end, or "
                + "else start, date stands in for it. Authorities are those in DfE's register of local authorities on "
                + "the reporting date: the judgements of an authority abolished before then do not count, and a new "
                + "authority is not given its predecessor's judgement.");
    static final Note OFSTED_REGIONS_NOTE = new Note("ofsted-regions", "Ofsted's releases group authorities into eight "
                + "regions of its own: the nine English regions with North East and Yorkshire and the Humber "
                + "together.");
    static final Note EARLIER_FRAMEWORKS = new Note("earlier-frameworks", "Judgements under Ofsted's frameworks before "
                + "the single inspection framework of November 2013 (the safeguarding and looked after children "
                + "inspections and the children's services assessments) are not counted: their grades are not "
                + "comparable with SIF or ILACS grades.");
    static final Note ROUNDING = new Note("rounding", "Shares are percentages of the authorities judged, computed from "
                + "the counts shown beside them and rounded to one decimal place, so rounded shares may not sum to "
                + "100.");
    static final Note NOT_INSPECTED = new Note("not-inspected", "Authorities in the register on the reporting date "
                + "with no judgement published on or before it in the inspection results loaded. They are not part of "
                + "the shares.");
    static final Note FRAMEWORK = new Note("framework", "SIF is Ofsted's single inspection framework (November 2013 to "
                + "2017); ILACS is the inspection of local authority children's services (from January 2018). Their "
                + "judgement areas differ, and a change of framework is a break in any time series.");
    static final Note CARE_LEAVERS = new Note("care-leavers", "The experiences and progress of care leavers became a "
                + "separate ILACS judgement in 2023; for ILACS inspections before then it is not applicable ([z]).");
    static final Note CODES = new Note("codes", "Old LA code is DfE's three-digit code; ONS code is the authority's "
                + "code on the reporting date in DfE's register. Input rows carrying a predecessor's ONS code were "
                + "matched by old LA code and name (see the last table, of input rows rejected or loaded with a "
                + "warning).");

    /** Columns the charts plot, named here so that the tables and the charts agree on them. */
    static final Column OVERALL = Column.text("Overall effectiveness judgement");
    static final Column AUTHORITIES_COUNT = Column.count("Local authorities", "number");
    static final Column SHARE = Column.decimal("Share of authorities judged", "%");
    static final Column REGION = Column.text("Region");
    static final Column GOOD_OR_OUTSTANDING_SHARE = Column.decimal("Good or outstanding", "% of judged");

    private final RatingsProperties.Report settings;
    private final AuthorityRegister register;
    private final LatestJudgements latest;
    private final ObjectProvider<AuthorityColumns> moreColumns;

    public InspectionTables(RatingsProperties properties, AuthorityRegister register, LatestJudgements latest,
                            ObjectProvider<AuthorityColumns> moreColumns) {
        this.settings = properties.report();
        this.register = register;
        this.latest = latest;
        this.moreColumns = moreColumns;
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        List<AuthorityJudgement> authorities = latest.read(run.runId(), run.asOf());
        return List.of(national(run, authorities, notes), byRegion(run, authorities, notes),
                byOfstedRegion(run, authorities, notes), byArea(run, authorities, notes),
                headline(run, authorities, notes, JudgementArea.IMPACT_OF_LEADERS, IMPACT_OF_LEADERS),
                authorities(run, authorities, notes));
    }

    private Note completeness() {
        return new Note("completeness", settings.inspectionsCaveat());
    }

    /**
     * Whether the reporting date is in the time of the 2026 arrangements, when some inspections give no overall
     * judgement.
     */
    static boolean reformed(ReportRun run) {
        return !run.asOf().isBefore(Framework.NO_OVERALL_FROM);
    }

    private TableContent national(ReportRun run, List<AuthorityJudgement> authorities, Notes notes) {
        return headline(run, authorities, notes, JudgementArea.OVERALL, NATIONAL);
    }

    /**
     * Table 1's shape for one judgement area: since April 2026 impact of leaders is the judgement every inspection
     * gives.
     */
    private TableContent headline(ReportRun run, List<AuthorityJudgement> authorities, Notes notes, JudgementArea area,
                                  String key) {
        boolean overall = area == JudgementArea.OVERALL;
        String title = "Local authority children's services by latest Ofsted " + (overall ? "overall "
                + "effectiveness" : "'"
                + area.label().toLowerCase(Locale.ROOT) + "'") + " judgement, England, "
                + run.asAt().describe() + " " + notes.ref(LATEST, EARLIER_FRAMEWORKS, completeness());
        GradeShares s = GradeTally.of(authorities, area);
        List<Column> columns =
                List.of(overall ? OVERALL : Column.text(area.label() + " judgement"), AUTHORITIES_COUNT,
                SHARE.withNotes(notes.ref(ROUNDING)));
        List<List<Object>> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            rows.add(List.of(g.label(), s.count(g), share(s.share(g))));
        }
        rows.add(List.of("Good or outstanding", s.goodOrOutstanding(), share(s.goodOrOutstandingShare())));
        rows.add(List.of("All authorities judged", s.judged(), share(s.share(s.judged()))));
        if (overall && (reformed(run) || s.noOverallJudgement() > 0)) {
            rows.add(List.of("No overall effectiveness judgement: inspected under the 2026 arrangements "
                    + notes.ref(TrendTables.NO_OVERALL_NOTE), s.noOverallJudgement(), Shorthand.NOT_APPLICABLE));
        }
        if (!overall) {
            rows.add(List.of("Not applicable: latest inspection without this judgement", s.notApplicable(),
                    Shorthand.NOT_APPLICABLE));
            rows.add(List.of("Not recorded in the input", s.notGiven(), Shorthand.NOT_APPLICABLE));
        }
        rows.add(List.of("Not yet inspected " + notes.ref(NOT_INSPECTED), s.notYetInspected(),
                Shorthand.NOT_APPLICABLE));
        rows.add(List.of("All authorities in the register", s.authorities(), Shorthand.NOT_APPLICABLE));
        List<String> description = new ArrayList<>();
        description.add(TableContent.ONE_TABLE_WITH_NOTES);
        description.add(s.sumOfRoundedShares()
                .map(sum -> "Shares are of the " + s.judged() + " authorities judged. The four grade shares, as "
                + "rounded, sum to "
                        + sum.toPlainString() + ".")
                .orElse("No authority had been judged by the reporting date, so there are no shares."));
        description.add("Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + ".");
        return new TableContent(key, title, description, columns, rows);
    }

    private TableContent byRegion(ReportRun run, List<AuthorityJudgement> authorities, Notes notes) {
        String title = "Local authority children's services by latest Ofsted overall effectiveness judgement and "
                + "region, England, " + run.asAt().describe();
        boolean noOverall = reformed(run);
        List<Column> columns = new ArrayList<>(List.of(Column.code("Region code"), REGION));
        columns.addAll(regionColumns(noOverall));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(regionRow(List.of(Formats.ENGLAND_CODE, "England"),
                GradeTally.of(authorities, JudgementArea.OVERALL),
                noOverall));
        List<Region> regions = register.englishRegions();
        GradeTally.byRegion(authorities, regions).forEach((region, s) ->
                rows.add(regionRow(List.of(region.code(), region.name()), s, noOverall)));
        return new TableContent(REGIONS, title, List.of(
                TableContent.ONE_TABLE,
                "Each share is a percentage of the authorities judged in the same row " + notes.ref(ROUNDING) + ".",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    /** The regions as Ofsted's releases group them, so a regional figure can be quoted against the release. */
    private TableContent byOfstedRegion(ReportRun run, List<AuthorityJudgement> authorities, Notes notes) {
        String title = "Local authority children's services by latest Ofsted overall effectiveness judgement and "
                + "Ofsted region, England, " + run.asAt().describe() + " " + notes.ref(OFSTED_REGIONS_NOTE);
        boolean noOverall = reformed(run);
        List<Column> columns = new ArrayList<>(List.of(Column.text("Ofsted region"), Column.text("English regions "
                + "covered")));
        columns.addAll(regionColumns(noOverall));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(regionRow(List.of("England", "All nine"), GradeTally.of(authorities, JudgementArea.OVERALL),
                noOverall));
        List<Region> regions = register.englishRegions();
        for (OfstedRegion region : OfstedRegion.of(regions)) {
            GradeShares s = GradeTally.of(authorities, JudgementArea.OVERALL,
                    a -> region.codes().contains(a.region().code()));
            List<String> covered =
                    regions.stream().filter(r -> region.codes().contains(r.code())).map(Region::name).toList();
            rows.add(regionRow(List.of(region.name(), String.join(" and ", covered)), s, noOverall));
        }
        return new TableContent(OFSTED_REGIONS, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "The same figures as the previous table, with the authorities of North East and Yorkshire and the "
                        + "Humber counted together as Ofsted's releases count them. Each share is a percentage of the "
                        + "authorities judged "
                        + "in the same row " + notes.ref(ROUNDING) + ".",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    private static List<Column> regionColumns(boolean noOverall) {
        List<Column> columns = new ArrayList<>(gradeColumns());
        columns.add(Column.count("Not yet inspected", "number"));
        if (noOverall) {
            columns.add(Column.count("No overall judgement (2026 arrangements)", "number"));
        }
        return columns;
    }

    private static List<Object> regionRow(List<Object> labels, GradeShares s, boolean noOverall) {
        List<Object> row = gradeRow(labels, s, true);
        if (noOverall) {
            row.add(s.noOverallJudgement());
        }
        return row;
    }

    private TableContent byArea(ReportRun run, List<AuthorityJudgement> authorities, Notes notes) {
        String title = "Local authority children's services by latest Ofsted judgement in each judgement area, "
                + "England, " + run.asAt().describe();
        Set<Framework> frameworks = GradeTally.frameworksReported(authorities);
        List<Column> columns = new ArrayList<>(List.of(Column.text("Judgement area"),
                Column.text("Framework").withNotes(notes.ref(FRAMEWORK))));
        columns.addAll(gradeColumns());
        columns.add(Column.count("Not applicable", "number"));
        columns.add(Column.count("Not recorded", "number"));
        columns.add(Column.count("Not yet inspected", "number"));
        List<List<Object>> rows = new ArrayList<>();
        for (JudgementArea area : JudgementArea.values()) {
            List<String> in = frameworks.stream().filter(area::partOf).map(Framework::code).toList();
            if (in.isEmpty()) {
                continue;
            }
            String label = area == JudgementArea.CARE_LEAVERS ? area.label() + " " + notes.ref(CARE_LEAVERS)
                    : area.label();
            GradeShares s = GradeTally.of(authorities, area);
            List<Object> row = gradeRow(List.of(label, String.join(" and ", in)), s, false);
            row.add(s.notApplicable());
            row.add(s.notGiven());
            row.add(s.notYetInspected());
            rows.add(row);
        }
        return new TableContent(JUDGEMENT_AREAS, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "Each share is a percentage of the authorities judged in that area, in the same row. Not applicable: "
                        + "the authority's latest inspection had no such judgement. Not recorded: the input gave no "
                        + "grade for it.",
                "Source: " + settings.inspectionsSource() + "."), columns, rows);
    }

    private static List<Column> gradeColumns() {
        List<Column> columns = new ArrayList<>();
        for (Grade g : Grade.values()) {
            columns.add(Column.count(g.label(), "number"));
            columns.add(share(g));
        }
        columns.add(Column.count("Good or outstanding", "number"));
        columns.add(GOOD_OR_OUTSTANDING_SHARE);
        columns.add(Column.count("Authorities judged", "number"));
        return columns;
    }

    /** A grade's share of the authorities judged. */
    private static Column share(Grade g) {
        return Column.decimal(g.label(), "% of judged");
    }

    private static List<Object> gradeRow(List<Object> labels, GradeShares s, boolean withNotInspected) {
        List<Object> row = new ArrayList<>(labels);
        for (Grade g : Grade.values()) {
            row.add(s.count(g));
            row.add(share(s.share(g)));
        }
        row.add(s.goodOrOutstanding());
        row.add(share(s.goodOrOutstandingShare()));
        row.add(s.judged());
        if (withNotInspected) {
            row.add(s.notYetInspected());
        }
        return row;
    }

    private static Object share(Optional<BigDecimal> share) {
        return share.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }

    /** The columns of table 3 up to the features' own: the authority, its latest inspection and its grades. */
    private static List<Column> judgementColumns(Notes notes, boolean lastOverall) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.code("Old LA code").withNotes(notes.ref(CODES)), Column.code("ONS code"),
                Column.text("Local authority"),
                Column.text("Region"), Column.text("Framework"), Column.text("Inspection type"),
                Column.date("Inspection start date"), Column.date("Inspection end date"),
                Column.date("Publication date")));
        for (JudgementArea area : JudgementArea.values()) {
            String suffix = area == JudgementArea.OVERALL ? "" : area.partOf(Framework.ILACS)
                    && area.partOf(Framework.SIF) ? ""
                    : area.partOf(Framework.SIF) ? " (SIF)" : " (ILACS)";
            columns.add(Column.text(area.label() + suffix));
        }
        if (lastOverall) {
            columns.add(Column.text("Last overall effectiveness judgement, where the latest inspection gave none")
                    .withNotes(notes.ref(TrendTables.NO_OVERALL_NOTE)));
            columns.add(Column.date("Inspection date of that judgement"));
        }
        return columns;
    }

    /** An authority's latest inspection and its grades, in the order of {@link #judgementColumns}. */
    private static List<Object> judgementCells(LatestJudgement j, boolean lastOverall) {
        List<Object> row = new ArrayList<>();
        row.add(j.framework().code());
        row.add(j.inspectionType() == null ? Shorthand.NOT_AVAILABLE : j.inspectionType());
        row.add(j.startDate() == null ? Shorthand.NOT_AVAILABLE : j.startDate());
        row.add(j.endDate() == null ? Shorthand.NOT_AVAILABLE : j.endDate());
        row.add(j.publicationDate() == null ? Shorthand.NOT_AVAILABLE : j.publicationDate());
        for (JudgementArea area : JudgementArea.values()) {
            boolean none = j.notApplicable(area) || (area == JudgementArea.OVERALL && j.noOverallJudgement());
            row.add(j.grade(area).<Object>map(Grade::label).orElse(none ? Shorthand.NOT_APPLICABLE
                    : Shorthand.NOT_AVAILABLE));
        }
        if (lastOverall) {
            row.add(j.lastOverall().<Object>map(l -> l.grade().label()).orElse(Shorthand.NOT_APPLICABLE));
            row.add(j.lastOverall().<Object>map(LatestJudgement.LastOverall::inspected)
                    .orElse(Shorthand.NOT_APPLICABLE));
        }
        return row;
    }

    private TableContent authorities(ReportRun run, List<AuthorityJudgement> authorities, Notes notes) {
        String title = "Latest Ofsted judgement of each local authority's children's services, England, "
                + run.asAt().describe();
        boolean lastOverall = reformed(run);
        List<Column> columns = judgementColumns(notes, lastOverall);
        int judgementColumns = columns.size();
        List<AuthorityColumns.Group> groups =
                moreColumns.orderedStream().map(c -> c.forRun(run, notes)).flatMap(Optional::stream).toList();
        groups.forEach(g -> columns.addAll(g.columns()));
        List<List<Object>> rows = new ArrayList<>();
        for (AuthorityJudgement a : authorities) {
            List<Object> row =
                    new ArrayList<>(List.of(a.authority().oldCode(), a.authority().newCode(), a.authority().name(),
                    a.region().name()));
            if (a.judgement().isEmpty()) {
                for (int i = 4; i < judgementColumns; i++) {
                    row.add(Shorthand.NOT_AVAILABLE);
                }
            } else {
                row.addAll(judgementCells(a.judgement().get(), lastOverall));
            }
            groups.forEach(g -> row.addAll(g.values().apply(a.authority())));
            rows.add(row);
        }
        return new TableContent(AUTHORITIES, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "One row per authority in the register on the reporting date, in alphabetical order. Authorities not "
                        + "yet inspected by the reporting date show [x] in every judgement column.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }


    /**
     * Table 1's shares by grade and Table 2's shares by region, drawn only when every share to draw
     * exists (a region with nobody judged has [z] shares, which a chart would show as 0).
     */
    @Override
    public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
        List<ChartContent> charts = new ArrayList<>();
        String date = Formats.LONG_DATE.format(run.asOf());
        nationalChart(tables.get(0), date).ifPresent(charts::add);
        TableContent regions = tables.stream().filter(t -> t.key().equals(REGIONS)).findFirst().orElseThrow();
        regionChart(regions, date).ifPresent(charts::add);
        return charts;
    }

    /** Table 1's four grade shares as bars; none when a share is not a number. */
    private static Optional<ChartContent> nationalChart(TableContent national, String date) {
        int grades = Grade.values().length;
        if (!national.numbers(0, grades - 1, SHARE)) {
            return Optional.empty();
        }
        int grade = national.indexOf(OVERALL);
        int share = national.indexOf(SHARE);
        List<String> shares = new ArrayList<>();
        for (List<Object> row : national.rows().subList(0, grades)) {
            shares.add(((String) row.get(grade)).toLowerCase(Locale.ROOT) + " "
                    + ((BigDecimal) row.get(share)).toPlainString() + "%");
        }
        return Optional.of(new ChartContent("national_shares", "Share of local authorities judged by latest Ofsted "
                + "overall effectiveness judgement, England, as at " + date,
                "Bar chart of the percentage of the "
                        + national.rows().get(grades + 1).get(national.indexOf(AUTHORITIES_COUNT)) + " local "
                        + "authorities judged by their latest overall effectiveness judgement: "
                        + String.join(", ", shares) + ". Each bar is labelled with its value.",
                ChartContent.Kind.BAR, national.key(), 0, grades - 1, OVERALL,
                List.of(new ChartContent.Series(SHARE, "Share of authorities judged (%)")),
                "Share of authorities judged (%)"));
    }

    /** Table 2's grade shares, one stacked bar a region; none without regions or when a share is not a number. */
    private static Optional<ChartContent> regionChart(TableContent regions, String date) {
        int grades = Grade.values().length;
        int last = regions.rows().size() - 1;
        Column[] shares = Arrays.stream(Grade.values()).map(InspectionTables::share).toArray(Column[]::new);
        if (!(last >= 1 && regions.numbers(1, last, shares) && regions.numbers(1, last, GOOD_OR_OUTSTANDING_SHARE))) {
            return Optional.empty();
        }
        List<ChartContent.Series> series = new ArrayList<>();
        for (int i = 0; i < grades; i++) {
            series.add(new ChartContent.Series(shares[i], Grade.values()[i].label()));
        }
        int region = regions.indexOf(REGION);
        int good = regions.indexOf(GOOD_OR_OUTSTANDING_SHARE);
        List<List<Object>> byShare = regions.rows().subList(1, last + 1).stream()
                .sorted(Comparator.comparing(r -> (BigDecimal) r.get(good))).toList();
        List<Object> highest = byShare.get(byShare.size() - 1);
        List<Object> lowest = byShare.get(0);
        return Optional.of(new ChartContent("region_shares", "Share of local authorities judged by latest Ofsted "
                + "overall effectiveness judgement and region, England, as at " + date,
                "Bar chart with one bar per region, each split from left to right into the percentages of the "
                        + "region's authorities judged outstanding, good, requires improvement to be good and "
                        + "inadequate. Each bar is 100% of the authorities judged in its region and each part is "
                        + "labelled with its value. The good or outstanding share was highest in " + highest.get(region)
                        + " (" + ((BigDecimal) highest.get(good)).toPlainString() + "%) and lowest in "
                        + lowest.get(region) + " (" + ((BigDecimal) lowest.get(good)).toPlainString() + "%).",
                ChartContent.Kind.STACKED_BAR_100, regions.key(), 1, last, REGION, series,
                "Share of authorities judged (%)"));
    }
}
