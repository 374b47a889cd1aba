package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ratingspipeline.RatingsProperties;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.RatingsWorkbook;
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

    static final String TREND = "trend";
    static final String ENGLAND = "trend_england";
    static final String GOOD_OR_OUTSTANDING = "Good or outstanding";

    static final Note BREAK = new Note("framework-break", "Ofsted replaced the single inspection framework (SIF) with ILACS in "
            + "January 2018, and authorities moved to ILACS as they were re-inspected. Each date counts every authority's latest "
            + "judgement whichever framework made it, so a series that spans the change mixes judgements made under two "
            + "frameworks: a break in the series. The frameworks counted column shows which frameworks each figure includes.");
    static final Note TREND_POINTS = new Note("trend-points", "Each date counts the latest judgement of every authority in the "
            + "register on that date, published on or before it, exactly as the headline tables do for the reporting date. "
            + "Dates run from the first 31 March by which any judgement in the input had been published.");

    private final RatingsProperties.Report settings;
    private final AuthorityRegister register;

    public TrendTables(RatingsProperties properties, AuthorityRegister register) {
        this.settings = properties.report();
        this.register = register;
    }

    /** The trend table and England's compact one, in that order. */
    public List<TableContent> tables(ReportRun run, List<TrendPoint> points, Notes notes) {
        return List.of(trendTable(run, points, notes), englandTable(run, points, notes));
    }

    /** "as at 31 March each year from 2018 to 2026 and as at 15 June 2026", or what the dates allow. */
    static String period(List<TrendPoint> points, LocalDate reportingDate) {
        List<LocalDate> yearEnds = points.stream().map(TrendPoint::asOf)
                .filter(d -> d.getMonthValue() == 3 && d.getDayOfMonth() == 31).toList();
        String reporting = "as at " + RatingsWorkbook.LONG_DATE.format(reportingDate);
        if (yearEnds.isEmpty()) {
            return reporting;
        }
        String years = yearEnds.size() == 1 ? "as at 31 March " + yearEnds.get(0).getYear()
                : "as at 31 March each year from " + yearEnds.get(0).getYear() + " to " + yearEnds.get(yearEnds.size() - 1).getYear();
        return yearEnds.get(yearEnds.size() - 1).equals(reportingDate) ? years : years + " and " + reporting;
    }

    private Note completeness() {
        // the same note as the headline tables' (same key and text), so it is listed once
        return new Note("completeness", settings.inspectionsCaveat());
    }

    private TableContent trendTable(ReportRun run, List<TrendPoint> points, Notes notes) {
        String title = "Local authority children's services by latest Ofsted overall effectiveness judgement, England and "
                + "regions, " + period(points, run.asOf()) + " " + notes.ref(TREND_POINTS, completeness());
        List<Column> columns = List.of(Column.date("As at"), Column.code("Area code"), Column.text("Area"),
                Column.text("Overall effectiveness judgement"), Column.count("Local authorities\n(number)"),
                Column.decimal("Share of authorities judged\n(%)\n" + notes.ref(InspectionTables.ROUNDING)),
                Column.count("Authorities judged\n(number)"),
                Column.text("Frameworks counted\n" + notes.ref(InspectionTables.FRAMEWORK, BREAK)));
        List<Region> regions = register.englishRegions();
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            addArea(rows, p, RatingsWorkbook.ENGLAND_CODE, "England", p.england(), p.frameworks(null));
            for (Region r : regions) {
                addArea(rows, p, r.code(), r.name(), p.region(r.code()), p.frameworks(r.code()));
            }
        }
        return new TableContent(TREND, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "One row per date, area and judgement. Each share is a percentage of the authorities judged in the same area on "
                        + "the same date (the authorities judged column); authorities not yet inspected are not counted.",
                "Good or outstanding rows add the outstanding and good rows together; they are not a fifth judgement.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    private static void addArea(List<List<Object>> rows, TrendPoint p, String code, String name, GradeShares s,
                                Set<Framework> frameworks) {
        Object counted = frameworks.isEmpty() ? Shorthand.NOT_APPLICABLE : frameworks(frameworks);
        for (Grade g : Grade.values()) {
            rows.add(List.of(p.asOf(), code, name, g.label(), s.count(g), share(s.share(g)), s.judged(), counted));
        }
        rows.add(List.of(p.asOf(), code, name, GOOD_OR_OUTSTANDING, s.goodOrOutstanding(), share(s.goodOrOutstandingShare()),
                s.judged(), counted));
    }

    static String frameworks(Set<Framework> frameworks) {
        return frameworks.stream().sorted(Comparator.naturalOrder()).map(Framework::code).collect(Collectors.joining(" and "));
    }

    private static Object share(Optional<BigDecimal> share) {
        return share.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }

    private TableContent englandTable(ReportRun run, List<TrendPoint> points, Notes notes) {
        String title = "Good or outstanding and inadequate shares of local authority children's services, England, "
                + period(points, run.asOf());
        List<Column> columns = List.of(Column.text("As at"), Column.text("Frameworks counted\n" + notes.ref(BREAK)),
                Column.count("Authorities judged\n(number)"),
                Column.count("Good or outstanding\n(number)"), Column.decimal("Good or outstanding\n(% of judged)"),
                Column.count("Inadequate\n(number)"), Column.decimal("Inadequate\n(% of judged)"));
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            GradeShares s = p.england();
            Set<Framework> frameworks = p.frameworks(null);
            rows.add(List.of(RatingsWorkbook.LONG_DATE.format(p.asOf()),
                    frameworks.isEmpty() ? Shorthand.NOT_APPLICABLE : frameworks(frameworks), s.judged(),
                    s.goodOrOutstanding(), share(s.goodOrOutstandingShare()),
                    s.count(Grade.INADEQUATE), share(s.share(Grade.INADEQUATE))));
        }
        return new TableContent(ENGLAND, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "The England rows of the previous table, one row per date, as the chart of the good or outstanding share "
                        + "draws them. Shares are percentages of the authorities judged on the date.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    /** The good-or-outstanding share over time, over the dates that have one (none before anyone was judged). */
    /** The line chart of England's good-or-outstanding share, from the tables {@link #tables} built. */
    public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
        TableContent england = tables.stream().filter(t -> t.key().equals(ENGLAND)).findFirst().orElseThrow();
        int last = england.rows().size() - 1;
        int first = last;
        while (first > 0 && england.numbers(first - 1, first - 1, 4)) {
            first--;
        }
        if (!england.numbers(first, last, 4)) {
            return List.of();
        }
        List<List<Object>> shown = england.rows().subList(first, last + 1);
        String from = (String) shown.get(0).get(0);
        String to = (String) shown.get(shown.size() - 1).get(0);
        List<List<Object>> byShare = shown.stream()
                .sorted(Comparator.comparing(r -> (BigDecimal) r.get(4))).toList();
        String title = "Good or outstanding share of local authorities judged, England, " + (first == last ? from : from + " to " + to);
        StringBuilder description = new StringBuilder("Line chart of the percentage of England's local authorities judged whose "
                + "latest Ofsted overall effectiveness judgement was good or outstanding, ");
        description.append(shown.size() == 1 ? "at one date: " + describe(shown.get(0)) + "."
                : "at " + shown.size() + " dates, from " + describe(shown.get(0)) + " to " + describe(shown.get(shown.size() - 1)) + ".");
        if (shown.size() > 2) {
            description.append(" The lowest was ").append(describe(byShare.get(0))).append(" and the highest ")
                    .append(describe(byShare.get(byShare.size() - 1))).append(".");
        }
        description.append(" Each point is labelled with its value.");
        Set<String> mixes = shown.stream().map(r -> String.valueOf(r.get(1))).collect(Collectors.toSet());
        if (mixes.size() > 1 || mixes.stream().anyMatch(m -> m.contains(" and "))) {
            description.append(" Some dates count judgements made under both SIF and ILACS, a break in the series.");
        }
        description.append(" The table's notes give the caveats. Caveat: ").append(settings.inspectionsCaveat());
        return List.of(new ChartContent("trend_good_or_outstanding", title, description.toString(), ChartContent.Kind.LINE,
                ENGLAND, first, last, 0, List.of(new ChartContent.Series(4, GOOD_OR_OUTSTANDING)), "Share of authorities judged (%)"));
    }

    private static String describe(List<Object> row) {
        return ((BigDecimal) row.get(4)).toPlainString() + "% as at " + row.get(0);
    }
}
