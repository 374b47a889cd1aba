package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.report.check.Violation;
import org.ratingspipeline.report.check.WorkbookChecker;

/**
 * The trend, the improvement journeys and the charts, end to end on an invented history of SIF and
 * ILACS judgements of real authorities (fixtures/history.csv), each figure compared with
 * {@link HistoryOracle}'s plain count. Runs once per database through the subclasses.
 */
abstract class TrendsAndJourneysContract extends JobTestSupport {

    private static final LocalDate REPORTING_DATE = LocalDate.parse("2025-06-30");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final String SHARE = "Share of authorities judged\n(%)";

    @Test
    void trendTableEqualsAnIndependentCountCellByCell() throws IOException {
        Path file = fixture("history.csv");
        RunOutcome outcome = run(file, REPORTING_DATE.toString());
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        HistoryOracle oracle = new HistoryOracle(file, REPORTING_DATE);
        List<LocalDate> dates = oracle.asAtDates(REPORTING_DATE);
        assertThat(dates).as("the fixture spans the framework change").first().isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(dates).last().isEqualTo(REPORTING_DATE);

        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("trend");
            List<List<String>> table = wb.table(sheet);
            List<String> header = table.get(0);
            assertThat(header.subList(0, 6)).containsExactly("As at", "Reports published by", "Area code", "Area",
                    "Overall effectiveness judgement", "Local authorities\n(number)");
            Map<String, List<String>> rows = new HashMap<>();
            for (List<String> row : table.subList(1, table.size())) {
                rows.put(row.get(0) + "|" + row.get(2) + "|" + row.get(4), row);
            }
            assertThat(table).hasSize(1 + dates.size() * 10 * 5);
            boolean sawMixedFrameworks = everyCellIsTheOracles(oracle, dates, header, rows);
            assertThat(sawMixedFrameworks).as("some dates count SIF and ILACS judgements together").isTrue();
            assertThat(wb.text(sheet, "A1")).contains("as at 31 March each year from 2015 to 2025 and as at 30 June "
                    + "2025");

            assertEnglandsSummary(wb, oracle, dates);

            // The last point is the headline table's figures.
            for (String grade : HistoryOracle.GRADES) {
                assertThat(rows.get(SHOWN.format(REPORTING_DATE) + "|E92000001|" + grade).get(5))
                        .isEqualTo(wb.row("Table_1", grade).get("Local authorities\n(number)"));
            }
        }
    }

    @Test
    void transitionsEqualAnIndependentCountOfConsecutiveJudgements() throws IOException {
        Path file = fixture("history.csv");
        assertThat(run(file, REPORTING_DATE.toString()).exitCode()).isZero();
        Map<String, Map<String, Map<String, Integer>>> expected = new HistoryOracle(file, REPORTING_DATE).transitions();
        assertThat(expected.keySet()).contains("SIF to SIF", "SIF to ILACS", "ILACS to ILACS");

        Map<String, Map<String, Integer>> all = new HashMap<>();
        expected.values().forEach(byFrom -> byFrom.forEach((from, byTo) -> byTo.forEach((to, n) ->
                all.computeIfAbsent(from, k -> new HashMap<>()).merge(to, n, Integer::sum))));
        Map<String, Map<String, Map<String, Integer>>> groups = new HashMap<>(expected);
        groups.put("All frameworks", all);

        try (WorkbookView wb = WorkbookView.open(report())) {
            List<List<String>> table = wb.table(wb.sheetOf("transitions"));
            assertThat(table.get(0).get(1)).isEqualTo("Judgement before");
            assertThat(table).hasSize(1 + groups.size() * 5);
            int checked = 0;
            for (List<String> row : table.subList(1, table.size())) {
                String group = row.get(0);
                assertThat(groups).as(group).containsKey(group);
                Map<String, Map<String, Integer>> byFrom = groups.get(group);
                List<String> froms = row.get(1).equals("Any judgement") ? HistoryOracle.GRADES : List.of(row.get(1));
                int total = 0;
                for (int c = 0; c < 4; c++) {
                    String to = HistoryOracle.GRADES.get(c);
                    int n = froms.stream().mapToInt(f -> byFrom.getOrDefault(f, Map.of()).getOrDefault(to, 0)).sum();
                    assertThat(row.get(2 + c)).as(group + ", " + row.get(1) + " to " + to).isEqualTo(String.valueOf(n));
                    total += n;
                }
                assertThat(row.get(6)).as(group + ", " + row.get(1) + " total").isEqualTo(String.valueOf(total));
                checked++;
            }
            assertThat(checked).isEqualTo(groups.size() * 5);
        }
    }

    private static void assertEnglandsSummary(WorkbookView wb, HistoryOracle oracle, List<LocalDate> dates) {
        // England's summary: one row per date, the same figures.
        List<List<String>> england = wb.table(wb.sheetOf("trend_england"));
        assertThat(england).hasSize(1 + dates.size());
        for (int i = 0; i < dates.size(); i++) {
            HistoryOracle.Tally t = oracle.tally(dates.get(i), null);
            List<String> row = england.get(i + 1);
            assertThat(row.get(0))
                    .isEqualTo(dates.get(i).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
            assertThat(row.subList(2, 7)).as(dates.get(i).toString()).containsExactly(String.valueOf(t.judged()),
                    String.valueOf(t.count("Good or outstanding")), HistoryOracle.share(t.count("Good or "
                            + "outstanding"), t.judged()),
                    String.valueOf(t.count("Inadequate")), HistoryOracle.share(t.count("Inadequate"), t.judged()));
        }
    }

    private static void assertInadequateNow(WorkbookView wb, HistoryOracle oracle) {
        // Inadequate now: existing authorities whose latest judgement is inadequate, with months since.
        List<HistoryOracle.Judgement> now = oracle.latest(REPORTING_DATE).stream()
                .filter(j -> j.grade().equals("Inadequate")).toList();
        String nowSheet = wb.sheetOf("inadequate_now");
        assertThat(wb.table(nowSheet)).hasSize(1 + now.size());
        for (HistoryOracle.Judgement j : now) {
            Map<String, String> row = wb.rowsWhere(nowSheet, "Old LA code", j.code()).get(0);
            assertThat(row.get("Inadequate judgement published")).isEqualTo(SHOWN.format(j.published()));
            assertThat(valueStartingWith(row, "Months since that judgement"))
                    .isEqualTo(String.valueOf(HistoryOracle.months(j.published(), REPORTING_DATE)));
        }
    }

    /** Every place, date and grade of the trend table against the oracle; whether some date mixes frameworks. */
    private static boolean everyCellIsTheOracles(HistoryOracle oracle, List<LocalDate> dates, List<String> header,
            Map<String, List<String>> rows) {
        int share = indexStartingWith(header, SHARE);
        int judged = header.indexOf("Authorities judged\n(number)");
        int sif = header.indexOf("Of which SIF\n(number)");
        int ilacs = header.indexOf("Of which ILACS\n(number)");
        boolean sawMixedFrameworks = false;
        for (LocalDate date : dates) {
            List<String> areas = new ArrayList<>(HistoryOracle.REGIONS);
            areas.add(0, "E92000001");
            for (String area : areas) {
                HistoryOracle.Tally t = oracle.tally(date, area.equals("E92000001") ? null : area);
                for (String grade : gradesAndGoodOrOutstanding()) {
                    List<String> row = rows.get(SHOWN.format(date) + "|" + area + "|" + grade);
                    assertThat(row).as(date + " " + area + " " + grade).isNotNull();
                    String where = date + " " + area + " " + grade;
                    assertThat(row.get(5)).as(where).isEqualTo(String.valueOf(t.count(grade)));
                    assertThat(row.get(share)).as(where).isEqualTo(HistoryOracle.share(t.count(grade), t.judged()));
                    assertThat(row.get(judged)).as(where).isEqualTo(String.valueOf(t.judged()));
                    assertThat(row.get(1)).as(where).isEqualTo(SHOWN.format(oracle.cutOff(date)));
                    assertThat(row.get(sif)).as(where).isEqualTo(String.valueOf(t.count(grade, "SIF")));
                    assertThat(row.get(ilacs)).as(where).isEqualTo(String.valueOf(t.count(grade, "ILACS")));
                    sawMixedFrameworks |= t.frameworks().size() > 1;
                }
            }
        }
        return sawMixedFrameworks;
    }

    @Test
    void inadequateJudgementsWhatFollowedAndTheMedianTimeToLeave() throws IOException {
        Path file = fixture("history.csv");
        assertThat(run(file, REPORTING_DATE.toString()).exitCode()).isZero();
        HistoryOracle oracle = new HistoryOracle(file, REPORTING_DATE);
        List<HistoryOracle.Inadequate> expected = oracle.inadequate();
        assertThat(expected).extracting(HistoryOracle.Inadequate::monthsToLeave).contains("[x]", "[z]");

        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("inadequate_next");
            assertThat(wb.table(sheet)).hasSize(1 + expected.size());
            for (HistoryOracle.Inadequate e : expected) {
                List<Map<String, String>> rows = wb.rowsWhere(sheet, "Old LA code", e.judgement().code()).stream()
                        .filter(r ->
                        r.get("Inadequate judgement published").equals(SHOWN.format(e.judgement().published())))
                        .toList();
                assertThat(rows).as(e.toString()).hasSize(1);
                Map<String, String> row = rows.get(0);
                assertThat(row.get("Framework")).isEqualTo(e.judgement().framework());
                assertThat(row.get("Next judgement"))
                        .isEqualTo(e.next().map(HistoryOracle.Judgement::grade).orElse("[x]"));
                assertThat(row.get("Next judgement published"))
                        .isEqualTo(e.next().map(n -> SHOWN.format(n.published())).orElse("[x]"));
                assertThat(valueStartingWith(row, "Months to next judgement")).isEqualTo(e.next()
                        .map(n -> String.valueOf(HistoryOracle.months(e.judgement().published(), n.published())))
                        .orElse("[x]"));
                assertThat(valueStartingWith(row, "Inadequate since")).isEqualTo(SHOWN.format(e.since()));
                assertThat(row.get("Months to leave inadequate\n(number)")).as(e.toString())
                        .isEqualTo(e.monthsToLeave());
            }

            Map<String, String> leaving = wb.row(wb.sheetOf("leaving_inadequate"), "All frameworks");
            assertThat(valueStartingWith(leaving, "Median time to leave inadequate"))
                    .isEqualTo(oracle.medianMonthsToLeave());
            long spells = expected.stream().filter(e -> e.since().equals(e.judgement().published())).count();
            long ended = expected.stream().filter(e -> e.monthsToLeave().matches("\\d+")).count();
            assertThat(leaving.get("Spells of inadequate\n(number)")).isEqualTo(String.valueOf(spells));
            assertThat(leaving.get("Spells ended\n(number)")).isEqualTo(String.valueOf(ended));

            assertInadequateNow(wb, oracle);
        }
    }

    @Test
    void chartsAreNativeChartsOfNumericCellsWithAltTextAndDataLabels() throws IOException {
        assertThat(run(fixture("history.csv"), REPORTING_DATE.toString()).exitCode()).isZero();
        List<Violation> violations = WorkbookChecker.standard().check(report());
        assertThat(violations).as("the workbook checker's findings").isEmpty();

        try (WorkbookView wb = WorkbookView.open(report())) {
            List<String> charts = wb.sheetNames().stream().filter(n -> n.startsWith("Chart_")).toList();
            assertThat(charts).containsExactly("Chart_1", "Chart_2", "Chart_3");
            assertThat(wb.sheetNames().subList(wb.sheetNames().size() - 3, wb.sheetNames().size())).isEqualTo(charts);
            Map<String, String> source = Map.of("Chart_1", wb.sheetOf("national"), "Chart_2", wb.sheetOf("regions"),
                    "Chart_3", wb.sheetOf("trend_england"));
            Map<String, Integer> seriesCount = Map.of("Chart_1", 1, "Chart_2", 4, "Chart_3", 1);
            for (String name : charts) {
                XSSFSheet sheet = wb.workbook().getSheet(name);
                assertThat(wb.text(name, "A1")).startsWith(name.replace('_', ' ') + ": ");
                assertThat(wb.text(name, "A2")).startsWith("This worksheet contains one chart.");
                assertThat(sheet.getTables()).isEmpty();
                List<XSSFChart> drawn = sheet.getDrawingPatriarch().getCharts();
                assertThat(drawn).as(name).hasSize(1);
                assertAltText(sheet);
                XSSFChart chart = drawn.get(0);
                int series = 0;
                for (XDDFChartData data : chart.getChartSeries()) {
                    for (int i = 0; i < data.getSeriesCount(); i++) {
                        XDDFChartData.Series s = data.getSeries(i);
                        assertCells(wb, s.getValuesData().getDataRangeReference(), source.get(name), CellType.NUMERIC);
                        assertCells(wb, s.getCategoryData().getDataRangeReference(), source.get(name), CellType.STRING);
                        series++;
                    }
                }
                assertThat(series).as(name).isEqualTo(seriesCount.get(name));
                assertDataLabelsShowValues(chart, series);
            }
            // Chart 3 draws the good-or-outstanding shares of the England summary, every date.
            XDDFChartData.Series line = wb.workbook().getSheet("Chart_3").getDrawingPatriarch().getCharts().get(0)
                    .getChartSeries().get(0).getSeries(0);
            List<List<String>> england = wb.table(wb.sheetOf("trend_england"));
            assertThat(line.getValuesData().getPointCount()).isEqualTo(england.size() - 1);
        }
    }

    @Test
    void aRegionWithNobodyJudgedGetsNoRegionChartRatherThanZeroBars() throws IOException {
        assertThat(run(fixture("clean.csv"), "2025-03-31").exitCode()).isZero();
        assertThat(WorkbookChecker.hasEssential(WorkbookChecker.standard().check(report()))).isFalse();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.row(wb.sheetOf("regions"), "E12000004").get("Good\n(% of judged)")).as("East Midlands: "
                    + "nobody judged").isEqualTo("[z]");
            List<String> charts = wb.sheetNames().stream().filter(n -> n.startsWith("Chart_")).toList();
            assertThat(charts).containsExactly("Chart_1", "Chart_2");
            assertThat(wb.text("Chart_1", "A1")).contains("England, as at 31 March 2025");
            assertThat(wb.text("Chart_2", "A1")).contains("Good or outstanding share");
            List<String> contents = wb.table("Contents").stream().map(r -> r.get(0)).toList();
            assertThat(contents).contains("Chart_1", "Chart_2").doesNotContain("Chart_3");
        }
    }

    private static List<String> gradesAndGoodOrOutstanding() {
        List<String> grades = new ArrayList<>(HistoryOracle.GRADES);
        grades.add("Good or outstanding");
        return grades;
    }

    private static int indexStartingWith(List<String> header, String prefix) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no column starting '" + prefix + "' in " + header);
    }

    /** A value by a header that may carry a note marker after its unit. */
    private static String valueStartingWith(Map<String, String> row, String prefix) {
        return row.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no column starting '" + prefix + "' in " + row.keySet()));
    }

    private static void assertAltText(XSSFSheet sheet) {
        int frames = 0;
        for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
            if (shape instanceof XSSFGraphicFrame frame) {
                CTNonVisualDrawingProps props = frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
                assertThat(props.getTitle()).as(sheet.getSheetName() + " alt text title").isNotBlank();
                assertThat(props.getDescr()).as(sheet.getSheetName() + " alt text").isNotBlank();
                frames++;
            }
        }
        assertThat(frames).isEqualTo(1);
    }

    private static void assertCells(WorkbookView wb, String formula, String sheetName, CellType type) {
        AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        assertThat(area.getFirstCell().getSheetName()).as(formula).isEqualTo(sheetName);
        XSSFSheet sheet = wb.workbook().getSheet(sheetName);
        for (CellReference ref : area.getAllReferencedCells()) {
            assertThat(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getCellType())
                    .as(formula + " " + ref.formatAsString()).isEqualTo(type);
        }
    }

    /** Every series, bar or line, labels its points with their values. */
    private static void assertDataLabelsShowValues(XSSFChart chart, int series) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        List<CTDLbls> labels = new ArrayList<>();
        plot.getBarChartList().forEach(bar -> bar.getSerList().forEach(s -> labels.add(s.getDLbls())));
        plot.getLineChartList().forEach(line -> line.getSerList().forEach(s -> labels.add(s.getDLbls())));
        assertThat(labels).hasSize(series).doesNotContainNull();
        for (CTDLbls l : labels) {
            assertThat(l.getShowVal().getVal()).isTrue();
        }
    }
}
