package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.ratingspipeline.ColumnsRunTogether;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.benchmarking.SpendPerChildDataset;
import org.ratingspipeline.report.check.PlainCellsAgree;
import org.ratingspipeline.report.check.WorkbookChecker;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * Authority profiles ({@code --profile}) on the bundled data, read back from the workbook: each authority's
 * inspections against a count made here from the input files, its spend against its rows of the spend-per-child
 * table and a recomputation from the spend and population files, its two charts with their alt text; and the tidy
 * CSV's neighbours' median rows. Runs once per database.
 */
abstract class ProfileContract extends JobTestSupport {

    static final Path POPULATION = Path.of("src/main/resources/benchmarking/child-population-0-17-2012-2024.csv");

    @Autowired
    CommandLine commandLine;

    /** The authorities profiled, as the test's own independent reading knows them. */
    record Asked(String name, String oldCode, String onsCode, String sheetName, String region) {
    }

    static final List<Asked> ASKED = List.of(
            new Asked("Croydon", "306", "E09000008", "Croydon", "London"),
            new Asked("Bromley", "305", "E09000006", "Bromley", "London"));

    RunOutcome runWithProfiles(String... profiles) {
        List<String> args = new ArrayList<>(List.of("--inspections=input/inspections", "--spend=input/spend.csv",
                "--visits=input/visits/ofsted-la-visits-2021-to-2025.csv", "--as-of=2026-08-22",
                        "--reports=" + reports));
        for (String p : profiles) {
            args.add("--profile=" + p);
        }
        RunRequest request = commandLine.parse(new DefaultApplicationArguments(args.toArray(String[]::new)));
        return ratingsRun.run(request);
    }

    @Test
    void croydonAndBromleyProfilesShowEveryInspectionTheirSpendAndTheirCharts() throws Exception {
        RunOutcome outcome = runWithProfiles("Croydon", "Bromley");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            for (Asked a : ASKED) {
                assertInspections(wb, a);
                assertSpend(wb, a);
                assertCharts(wb, a);
                assertVisits(wb, a);
            }
            List<String> contents = wb.rows("Contents").stream().map(r -> r.get("Sheet name")).toList();
            assertThat(contents).contains("Profile_Croydon_judgements", "Profile_Croydon_visits",
                    "Profile_Croydon_spend",
                    "Profile_Croydon_spend_chart", "Profile_Croydon_over_chart", "Profile_Bromley_judgements",
                    "Profile_Bromley_spend", "Profile_Bromley_spend_chart", "Profile_Bromley_over_chart");
            assertThat(SpendJobContract.coverText(wb)).contains("Profiles of Croydon, Bromley (asked for with "
                    + "--profile)");
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
        PlainCellsAgree.assertIn(report());
        assertNoColumnsRunTogether();
        // every table, in the order of the README's table of them, each profile's after the other
        TableCatalogue.assertListed(report(), new TableCatalogue.Inputs(true, true, List.of("306", "305")));

        // The tidy CSV: beside each authority's own spend per child, its neighbours' median as a level of the
        // comparison filter, the very value of the workbook's table; the file still passes the EES checks.
        Path data = reports.resolve(SpendPerChildDataset.NAME + ".csv");
        assertThat(new TidyDataChecker().check(data, reports.resolve(SpendPerChildDataset.NAME + ".meta.csv")))
                .isEmpty();
        List<Map<String, String>> croydon = TidyCsv.read(data).rows().stream()
                .filter(r -> "306".equals(r.get("old_la_code")) && r.get("time_period").equals("202324")).toList();
        assertThat(croydon).extracting(r -> r.get("comparison"))
                .containsExactly("Own figure", "Statistical neighbours' median");
        try (WorkbookView wb = WorkbookView.open(report())) {
            Map<String, String> row = wb.rowsWhere(wb.sheetOf("spend_per_child_authorities"), "Old LA code",
                    "306").stream()
                    .filter(r -> r.get("Financial year").equals("2023 to 2024")).findFirst().orElseThrow();
            assertThat(String.format(Locale.UK, "%,d", Long.parseLong(croydon.get(1).get("spend_per_child_gbp"))))
                    .isEqualTo(row.get("Neighbours' median spend per child\n(£)"));
        }
        List<String[]> meta = TidyCsv.records(reports.resolve(SpendPerChildDataset.NAME + ".meta.csv"));
        assertThat(meta.stream().filter(m -> m[0].equals("comparison")).findFirst().orElseThrow()[6])
                .contains("Statistical neighbours' median");
    }

    /**
     * Every table of the fullest run (spend, visits, profiles): no figure's column runs into a text column; a date
     * does only where it leads a time series or a log (trends, visits, runs), or an inspection's three dates lead
     * into its grades, listed so that a new place is a decision, not an accident.
     */
    private void assertNoColumnsRunTogether() throws Exception {
        assertThat(ColumnsRunTogether.afterFigures(report())).isEmpty();
        assertThat(ColumnsRunTogether.afterDates(report())).containsExactlyInAnyOrder(
                "authorities: [Publication date] then [Overall effectiveness]",
                "trend: [Reports published by] then [Area code]",
                "trend_areas: [As at] then [Judgement area]",
                "profile_306_judgements: [Publication date] then [Counted in this report]",
                "profile_305_judgements: [Publication date] then [Counted in this report]",
                "profile_306_visits: [Visit date] then [Visit type]",
                "profile_305_visits: [Visit date] then [Visit type]",
                "run_history: [Ended] then [Status]");
    }

    @Test
    void aRunWithOtherProfilesIsAnotherRun() throws Exception {
        RunOutcome croydon = runWithProfiles("306");
        assertThat(croydon.exitCode()).as(croydon.message()).isZero();
        RunOutcome again = runWithProfiles("E09000008");
        assertThat(again.message()).contains("up to date");
        RunOutcome bromley = runWithProfiles("Bromley");
        assertThat(bromley.exitCode()).as(bromley.message()).isZero();
        assertThat(bromley.message()).doesNotContain("up to date");
        RunOutcome none = runWithProfiles();
        assertThat(none.message()).doesNotContain("up to date");
        assertThat(none.exitCode()).as(none.message()).isZero();
        TableCatalogue.assertListed(report(), new TableCatalogue.Inputs(true, true, List.of()));
    }

    /**
     * The authority's monitoring and focused visits, as the visits file lists them (its inspection rows are not
     * visits).
     */
    private static void assertVisits(WorkbookView wb, Asked a) throws Exception {
        List<String> expected = VisitsContract.csv(Path.of("input/visits/ofsted-la-visits-2021-to-2025.csv")).stream()
                .filter(m -> m.get("la_code").equals(a.oldCode()))
                .filter(m -> m.get("visit_type").equals("LA Monitoring visit") || m.get("visit_type").equals("ILACS "
                + "Focused Visit"))
                .map(m -> LocalDate.parse(m.get("visit_date")))
                .sorted()
                .map(d -> d.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)))
                .toList();
        assertThat(expected).as(a.name() + "'s visits in the file").isNotEmpty();
        String sheet = "Profile_" + a.sheetName() + "_visits";
        assertThat(wb.text(sheet, "A1")).contains("Profile of " + a.name()).contains("visits");
        assertThat(wb.rows(sheet)).extracting(r -> r.get("Visit date")).containsExactlyElementsOf(expected);
        assertThat(wb.rows(sheet)).extracting(r -> r.get("Visit type")).isSubsetOf("Focused visit", "Monitoring visit");
    }

    /** Every inspection the input files carry, once, dated and sourced as the first file that carries it. */
    private void assertInspections(WorkbookView wb, Asked a) throws Exception {
        List<IndependentInspections.Inspection> expected =
                IndependentInspections.of(Path.of("input/inspections"), a.oldCode(), a.onsCode(), a.name());
        assertThat(expected).as(a.name() + " in the input files").hasSize(3);
        String sheet = "Profile_" + a.sheetName() + "_judgements";
        assertThat(wb.text(sheet, "A1")).startsWith("Table ").contains("Profile of " + a.name());
        List<Map<String, String>> rows = wb.rows(sheet);
        assertThat(rows).as(a.name() + " inspections").hasSize(expected.size());
        List<List<Cell>> cells = wb.tableCells("_profile_" + a.oldCode() + "_judgements");
        List<String> header = cells.get(0).stream().map(WorkbookView::asNamed).toList();
        for (int i = 0; i < expected.size(); i++) {
            IndependentInspections.Inspection e = expected.get(i);
            Map<String, String> row = rows.get(i);
            String where = a.name() + " inspection " + (i + 1);
            assertThat(row.get("Framework")).as(where).isEqualTo(e.framework());
            assertThat(row.get("Source file")).as(where).isEqualTo(e.file());
            assertThat(row.get("Overall effectiveness").toLowerCase(Locale.ROOT)).as(where).startsWith(e.overall()
                    .replace("requires improvement to be good", "requires improvement"));
            assertThat(row.get("Counted in this report")).as(where).isEqualTo("Yes");
            assertThat(date(cells.get(i + 1).get(header.indexOf("Publication date")))).as(where)
                    .isEqualTo(e.published());
            if (e.inspected() != null) {
                assertThat(date(cells.get(i + 1).get(header.indexOf("Inspection start date")))).as(where)
                        .isEqualTo(e.inspected());
            } else {
                assertThat(row.get("Inspection start date")).as(where).isEqualTo("[x]");
            }
            if (e.framework().equals("SIF")) {
                assertThat(row.get("Impact of leaders on social work practice")).as(where).isEqualTo("[z]");
            } else {
                assertThat(row.get("Adoption performance")).as(where).isEqualTo("[z]");
            }
        }
    }

    private static LocalDate date(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** The profile's spend rows are the authority's rows of the spend-per-child table, and recompute from the files. */
    private void assertSpend(WorkbookView wb, Asked a) throws Exception {
        String sheet = "Profile_" + a.sheetName() + "_spend";
        List<Map<String, String>> profile = wb.rows(sheet);
        List<Map<String, String>> table = wb.rowsWhere(wb.sheetOf("spend_per_child_authorities"), "Old LA code",
                a.oldCode());
        assertThat(profile).as(a.name() + " spend years").hasSize(3).hasSameSizeAs(table);
        for (int i = 0; i < profile.size(); i++) {
            Map<String, String> p = profile.get(i);
            Map<String, String> t = table.get(i);
            for (Map.Entry<String, String> cell : p.entrySet()) {
                assertThat(t).as(a.name() + " " + p.get("Financial year") + ": " + cell.getKey())
                        .containsEntry(cell.getKey(), cell.getValue());
            }
            assertThat(t.get("Region")).isEqualTo(a.region());
        }
        // and by hand: outturn over the ONS estimate of the year the financial year starts in
        List<IndependentSpend.Row> spend = IndependentSpend.read(Path.of("input/spend.csv"), null).stream()
                .filter(r -> r.oldCode().equals(a.oldCode())).toList();
        for (IndependentSpend.Row r : spend) {
            int start = Integer.parseInt(r.year().substring(0, 4));
            long children = children(a.oldCode(), start);
            String perChild = String.format(Locale.UK, "%,d",
                    r.outturn().divide(BigDecimal.valueOf(children), 0, RoundingMode.HALF_UP).longValueExact());
            Map<String, String> p = profile.stream().filter(x -> x.get("Financial year").equals(r.year())).findFirst()
                    .orElseThrow();
            assertThat(p.get("Spend per child\n(£)")).as(a.name() + " " + r.year()).isEqualTo(perChild);
        }
    }

    static long children(String oldCode, int year) throws Exception {
        List<String[]> records = TidyCsv.records(POPULATION);
        List<String> header = List.of(records.get(0));
        return records.stream().skip(1)
                .filter(r -> r[header.indexOf("old_la_code")].equals(oldCode)
                        && r[header.indexOf("time_period")].equals(String.valueOf(year)))
                .mapToLong(r -> Long.parseLong(r[header.indexOf("population_estimate")])).findFirst().orElseThrow();
    }

    /** Each series has a native line chart on its own sheet, titled in A1 and with alt text. */
    private static void assertCharts(WorkbookView wb, Asked a) {
        for (String part : List.of("spend_chart", "over_chart")) {
            XSSFSheet sheet = wb.workbook().getSheet("Profile_" + a.sheetName() + "_" + part);
            assertThat(sheet).as(part).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Chart ").contains(a.name());
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("This worksheet contains one "
                    + "chart.");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getCTChart().getPlotArea().getLineChartList()).hasSize(1);
            assertThat(chart.getCTChart().getPlotArea().getLineChartArray(0).getSerList()).hasSize(4);
            // a chart read from a file does not know its frame: the alt text is on the drawing's frame
            List<CTNonVisualDrawingProps> frames = sheet.getDrawingPatriarch().getShapes().stream()
                    .filter(XSSFGraphicFrame.class::isInstance)
                    .map(f -> ((XSSFGraphicFrame) f).getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr())
                    .toList();
            assertThat(frames).hasSize(1);
            CTNonVisualDrawingProps alt = frames.get(0);
            assertThat(alt.getTitle()).contains(a.name());
            assertThat(alt.getDescr()).contains(a.name()).contains("Statistical neighbours' median").contains("England")
                    .contains("2023 to 2024");
            assertThat(chart.getTitleText().getString()).isEqualTo(alt.getTitle());
        }
    }
}
