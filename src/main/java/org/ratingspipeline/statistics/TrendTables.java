package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/**
 * The trend: authorities by latest overall effectiveness judgement as at 31 March of each year and
 * at the reporting date, nationally and by region, in one tidy table; England's good-or-outstanding
 * and inadequate shares in a compact table that a line chart draws.
 */
@Component
public class TrendTables {

    static final String GOOD_OR_OUTSTANDING = "Good or outstanding";
    /** The England table's dates, the categories of its chart (the trend table's dates are dates, not text). */
    static final Column AS_AT = Column.text("As at");
    static final Column FRAMEWORKS = Column.text("Frameworks counted");

    static final String NO_OVERALL = "No overall effectiveness judgement (2026 arrangements)";

    static final Note BREAK = new Note("framework-break", "Ofsted replaced the single inspection framework (SIF) with "
            + "ILACS in January 2018, and authorities moved to ILACS as they were re-inspected; from 1 April 2026 "
            + "ILACS inspections give no overall effectiveness judgement (the other judgements continue). Each date "
            + "counts every authority's latest judgement whichever arrangements made it, so a series that spans a "
            + "change mixes judgements made under different arrangements: a break in the series. The SIF, ILACS and "
            + "ILACS from April 2026 columns show how many of each figure's authorities each contributes.");
    static final Note TREND_POINTS = new Note("trend-points", "Each date counts the latest judgement of every "
            + "authority in the register on that date by Ofsted's rule, exactly as the headline tables do for the "
            + "reporting date: its latest inspection carried out on or before the date whose report was published by "
            + "the cut-off. Each 31 March counts the reports published by the following 30 June, as Ofsted's own "
            + "annual figures do (or by the report's own cut-off while that is earlier). Dates run from the first 31 "
            + "March by which any inspection in the input had been carried out.");
    static final Note NO_OVERALL_NOTE = new Note("no-overall", "Since 1 April 2026 Ofsted's inspections of local "
            + "authority children's services give no overall effectiveness judgement (announced 27 November 2025); the "
            + "four other judgements continue. An authority whose latest inspection was made under these arrangements "
            + "is counted in a row of its own, outside the shares of those judged; its earlier overall judgement is no "
            + "longer current.");

    private final RatingsProperties.Report settings;
    private final AuthorityRegister register;

    public TrendTables(RatingsProperties properties, AuthorityRegister register) {
        this.settings = properties.report();
        this.register = register;
    }

    /** The trend table, England's compact one, and England's trend in every judgement area, in that order. */
    public List<TableContent> tables(ReportRun run, List<TrendPoint> points, Notes notes) {
        return List.of(trendTable(run, points, notes), englandTable(run, points, notes),
                areasTable(run, points, notes));
    }

    /**
     * "as at 31 March each year from 2018 to 2026 (reports published by 30 June) and as at 15 June 2026", or what the
     * dates allow.
     */
    static String period(List<TrendPoint> points, ReportRun run) {
        List<LocalDate> yearEnds = points.stream().map(p -> p.asAt().inspectedBy())
                .filter(d -> d.getMonthValue() == 3 && d.getDayOfMonth() == 31 && !d.equals(run.asOf())).toList();
        String reporting = run.asAt().describe();
        if (yearEnds.isEmpty()) {
            return reporting;
        }
        String years = yearEnds.size() == 1 ? "as at 31 March " + yearEnds.get(0).getYear()
                : "as at 31 March each year from " + yearEnds.get(0).getYear() + " to "
                        + yearEnds.get(yearEnds.size() - 1).getYear();
        return years + " and " + reporting;
    }

    private Note completeness() {
        // the same note as the headline tables' (same key and text), so it is listed once
        return new Note("completeness", settings.inspectionsCaveat());
    }

    /**
     * Whether any date counts an authority whose latest inspection gave no overall judgement: then those get rows of
     * their own.
     */
    private static boolean anyNoOverall(List<TrendPoint> points) {
        return points.stream().anyMatch(p -> p.england(JudgementArea.OVERALL).noOverallJudgement() > 0);
    }

    private List<Column> eraColumns() {
        List<Column> columns = new ArrayList<>();
        for (InspectionEra e : InspectionEra.values()) {
            columns.add(Column.count("Of which " + e.label(), "number"));
        }
        return columns;
    }

    private TableContent trendTable(ReportRun run, List<TrendPoint> points, Notes notes) {
        String title = "Local authority children's services by latest Ofsted overall effectiveness judgement, England "
                + "and regions, " + period(points, run) + " " + notes.ref(TREND_POINTS, completeness());
        List<Column> columns = new ArrayList<>(List.of(Column.date("As at"), Column.date("Reports published by"),
                Column.code("Area code"), Column.text("Area"),
                Column.text("Overall effectiveness judgement"), Column.count("Local authorities", "number"),
                InspectionTables.SHARE.withNotes(notes.ref(InspectionTables.ROUNDING)),
                Column.count("Authorities judged", "number")));
        columns.addAll(eraColumns());
        boolean noOverall = anyNoOverall(points);
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            addArea(rows, p, Formats.ENGLAND_CODE, "England", null, noOverall);
            for (Region r : register.englishRegions()) {
                addArea(rows, p, r.code(), r.name(), r.code(), noOverall);
            }
        }
        List<String> description = new ArrayList<>(List.of(TableContent.ONE_TABLE_WITH_NOTES,
                "One row per date, area and judgement. Each share is a percentage of the authorities judged in the "
                        + "same area on the same date (the authorities judged column); authorities not yet inspected "
                        + "are not counted.",
                "Good or outstanding rows add the outstanding and good rows together; they are not a fifth judgement. "
                        + "The last three columns split each count by the arrangements that made the judgements "
                        + notes.ref(InspectionTables.FRAMEWORK, BREAK) + "."));
        if (noOverall) {
            description.add(NO_OVERALL + " rows count the authorities whose latest inspection gave none "
                    + notes.ref(NO_OVERALL_NOTE) + ".");
        }
        description.add("Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + ".");
        return new TableContent(HistoryTables.TREND, title, description, columns, rows);
    }

    private static void addArea(List<List<Object>> rows, TrendPoint p, String code, String name, String regionCode,
                                boolean noOverall) {
        GradeShares s = regionCode == null ? p.england(JudgementArea.OVERALL)
                : p.region(regionCode, JudgementArea.OVERALL);
        for (Grade g : Grade.values()) {
            rows.add(row(p, code, name, g.label(), s.count(g), share(s.share(g)), s.judged(),
                    p.byEra(regionCode, JudgementArea.OVERALL, g)));
        }
        Map<InspectionEra, Long> good = p.byEra(regionCode, JudgementArea.OVERALL, Grade.GOOD);
        p.byEra(regionCode, JudgementArea.OVERALL, Grade.OUTSTANDING).forEach((e, n) -> good.merge(e, n, Long::sum));
        rows.add(row(p, code, name, GOOD_OR_OUTSTANDING, s.goodOrOutstanding(), share(s.goodOrOutstandingShare()),
                s.judged(), good));
        if (noOverall) {
            Map<InspectionEra, Long> none = new EnumMap<>(InspectionEra.class);
            for (InspectionEra e : InspectionEra.values()) {
                none.put(e, e == InspectionEra.ILACS_2026 ? s.noOverallJudgement() : 0L);
            }
            rows.add(row(p, code, name, NO_OVERALL, s.noOverallJudgement(), Shorthand.NOT_APPLICABLE, s.judged(),
                    none));
        }
    }

    private static List<Object> row(TrendPoint p, String code, String name, String judgement, long count, Object share,
                                    long judged, Map<InspectionEra, Long> byEra) {
        List<Object> row =
                new ArrayList<>(List.of(p.asAt().inspectedBy(), p.asAt().publishedBy(), code, name, judgement,
                count, share, judged));
        for (InspectionEra e : InspectionEra.values()) {
            row.add(byEra.getOrDefault(e, 0L));
        }
        return row;
    }

    static String eras(Set<InspectionEra> eras) {
        return eras.stream().sorted(Comparator.naturalOrder()).map(InspectionEra::label)
                .collect(Collectors.joining(" and "));
    }

    private static Object share(Optional<BigDecimal> share) {
        return share.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }

    private TableContent englandTable(ReportRun run, List<TrendPoint> points, Notes notes) {
        String title = "Good or outstanding and inadequate shares of local authority children's services, England, "
                + period(points, run);
        List<Column> columns = List.of(AS_AT, FRAMEWORKS.withNotes(notes.ref(BREAK)),
                Column.count("Authorities judged", "number"),
                Column.count("Good or outstanding", "number"), InspectionTables.GOOD_OR_OUTSTANDING_SHARE,
                Column.count("Inadequate", "number"), Column.decimal("Inadequate", "% of judged"));
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            GradeShares s = p.england(JudgementArea.OVERALL);
            Set<InspectionEra> eras = p.eras(null, JudgementArea.OVERALL);
            rows.add(List.of(Formats.LONG_DATE.format(p.asAt().inspectedBy()),
                    eras.isEmpty() ? Shorthand.NOT_APPLICABLE : eras(eras), s.judged(),
                    s.goodOrOutstanding(), share(s.goodOrOutstandingShare()),
                    s.count(Grade.INADEQUATE), share(s.share(Grade.INADEQUATE))));
        }
        return new TableContent(HistoryTables.TREND_ENGLAND, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "The England rows of the first trend table, one row per date, as the chart of the good or outstanding "
                        + "share draws them. Shares are percentages of the authorities judged on the date.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    /**
     * England's trend in every judgement area: since April 2026 the areas other than overall are the continuous series.
     */
    private TableContent areasTable(ReportRun run, List<TrendPoint> points, Notes notes) {
        String title = "Local authority children's services by latest Ofsted judgement in each judgement area, "
                + "England, " + period(points, run);
        List<Column> columns = new ArrayList<>(List.of(Column.date("As at"), Column.text("Judgement area"),
                Column.text("Judgement"), Column.count("Local authorities", "number"),
                Column.decimal("Share of authorities judged in the area", "%"),
                Column.count("Authorities judged in the area", "number")));
        columns.addAll(eraColumns());
        List<List<Object>> rows = new ArrayList<>();
        for (JudgementArea area : JudgementArea.values()) {
            if (points.stream().noneMatch(p -> p.england(area).judged() > 0)) {
                continue;
            }
            for (TrendPoint p : points) {
                GradeShares s = p.england(area);
                for (Grade g : Grade.values()) {
                    List<Object> row =
                            new ArrayList<>(List.of(p.asAt().inspectedBy(), area.label(), g.label(), s.count(g),
                            share(s.share(g)), s.judged()));
                    p.byEra(null, area, g).values().forEach(row::add);
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty()) {
            List<Object> row = new ArrayList<>(List.of(run.asOf(), Shorthand.NOT_APPLICABLE,
                    "No authority had been judged by the reporting date", 0L, Shorthand.NOT_APPLICABLE, 0L));
            eraColumns().forEach(c -> row.add(0L));
            rows.add(row);
        }
        return new TableContent(HistoryTables.TREND_AREAS, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "One row per judgement area, date and judgement, for England. Each share is a percentage of the "
                        + "authorities whose latest inspection judged the area. The areas differ "
                        + "between frameworks " + notes.ref(BREAK)
                        + "; from April 2026 the areas other than overall effectiveness are the continuous series.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    /** The good-or-outstanding share over time, over the dates that have one (none before anyone was judged). */
    /** The line chart of England's good-or-outstanding share, from the tables {@link #tables} built. */
    public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
        TableContent england = tables.stream().filter(t -> t.key().equals(HistoryTables.TREND_ENGLAND)).findFirst()
                .orElseThrow();
        Column share = InspectionTables.GOOD_OR_OUTSTANDING_SHARE;
        int last = england.rows().size() - 1;
        int first = last;
        while (first > 0 && england.numbers(first - 1, first - 1, share)) {
            first--;
        }
        if (!england.numbers(first, last, share)) {
            return List.of();
        }
        List<List<Object>> shown = england.rows().subList(first, last + 1);
        int date = england.indexOf(AS_AT);
        String from = (String) shown.get(0).get(date);
        String to = (String) shown.get(shown.size() - 1).get(date);
        String title = "Good or outstanding share of local authorities judged, England, "
                + (first == last ? from : from + " to " + to);
        return List.of(new ChartContent("trend_good_or_outstanding", title, description(england, shown),
                ChartContent.Kind.LINE, HistoryTables.TREND_ENGLAND, first, last, AS_AT,
                List.of(new ChartContent.Series(share, GOOD_OR_OUTSTANDING)), "Share of authorities judged (%)"));
    }

    /** What the trend chart draws, in words: its first and last points, its lowest and highest, its caveats. */
    private String description(TableContent england, List<List<Object>> shown) {
        int date = england.indexOf(AS_AT);
        int value = england.indexOf(InspectionTables.GOOD_OR_OUTSTANDING_SHARE);
        int frameworks = england.indexOf(FRAMEWORKS);
        Function<List<Object>, String> describe = r -> ((BigDecimal) r.get(value)).toPlainString() + "% as at "
                + r.get(date);
        List<List<Object>> byShare = shown.stream()
                .sorted(Comparator.comparing(r -> (BigDecimal) r.get(value))).toList();
        StringBuilder description = new StringBuilder("Line chart of the percentage of England's local authorities "
                + "judged whose latest Ofsted overall effectiveness judgement was good or outstanding, ");
        description.append(shown.size() == 1 ? "at one date: " + describe.apply(shown.get(0)) + "."
                : "at " + shown.size() + " dates, from " + describe.apply(shown.get(0)) + " to "
                        + describe.apply(shown.get(shown.size() - 1)) + ".");
        if (shown.size() > 2) {
            description.append(" The lowest was ").append(describe.apply(byShare.get(0))).append(" and the highest ")
                    .append(describe.apply(byShare.get(byShare.size() - 1))).append(".");
        }
        description.append(" Each point is labelled with its value.");
        Set<String> mixes = shown.stream().map(r -> String.valueOf(r.get(frameworks))).collect(Collectors.toSet());
        if (mixes.size() > 1 || mixes.stream().anyMatch(m -> m.contains(" and "))) {
            description.append(" Some dates count judgements made under different frameworks, a break in the series.");
        }
        description.append(" The table's notes give the caveats. Caveat: ").append(settings.inspectionsCaveat());
        return description.toString();
    }
}
