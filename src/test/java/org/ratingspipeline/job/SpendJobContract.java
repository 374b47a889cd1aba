package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.finance.SpendDataset;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The spend import and the spend tables, end to end on fixtures, checked in the workbook a
 * researcher opens. Runs once per database (H2 file, PostgreSQL) through the subclasses.
 *
 * <p>{@code spend-mixed.csv} against the judgements of {@code clean.csv} as at 31 March 2025 (Croydon,
 * Barnet and Kent good; Bromley and Leeds outstanding; Bristol requires improvement; St Helens and
 * Manchester inadequate; Hull not yet published; Cumberland and North Yorkshire not in the file).
 */
abstract class SpendJobContract extends JobTestSupport {

    private static final String AS_OF = "2025-03-31";
    private static final int MIXED_ROWS_READ = 21;
    private static final int MIXED_ROWS_LOADED = 17;

    /** The old LA code each joined line of spend-mixed.csv means, and its authority's latest grade. */
    private static final Map<Long, String> MIXED_JOINED = Map.of(2L, "306", 3L, "305", 4L, "801", 5L, "801", 6L, "342",
            7L, "352",
            8L, "886", 9L, "383", 21L, "302");
    private static final Map<String, String> GRADE = Map.of("306", "Good", "302", "Good", "886", "Good", "305",
            "Outstanding",
            "383", "Outstanding", "801", "Requires improvement to be good", "342", "Inadequate", "352", "Inadequate");

    @Test
    void everySpendRowEndsInTheJoinOrTheReconciliationTableWithItsReason() throws IOException {
        RunOutcome outcome = run(fixture("clean.csv"), fixture("spend-mixed.csv"), AS_OF);
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(outcome.message()).contains("spend-mixed.csv " + MIXED_ROWS_READ + " rows read, " + MIXED_ROWS_LOADED
                + " loaded, 4 rejected");

        try (WorkbookView wb = WorkbookView.open(report())) {
            String byGrade = wb.sheetOf("spend_by_judgement");
            String reconciliation = wb.sheetOf("spend_reconciliation");
            int joined = Integer.parseInt(gradeRow(wb, byGrade, "All judgements", "All 2 financial years")
                    .get("Authorities with spend data\n(number)"));
            List<Map<String, String>> left = wb.rows(reconciliation);
            assertThat(joined).isEqualTo(MIXED_JOINED.size());
            assertThat(joined + left.size()).as("rows joined + rows in the reconciliation table = rows loaded")
                    .isEqualTo(MIXED_ROWS_LOADED);

            assertEachRowLeftOutHasItsReason(wb, reconciliation, left);

            // Unreadable rows and an authority's year given twice never reach the join: the data-quality table names
            // them.
            String quality = wb.sheetOf("data_quality");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "16").get(0).get("Reason")).contains("as line 17");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "17").get(0).get("Reason")).contains("as line 16");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "18").get(0).get("Value")).isEqualTo("12.3.4");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "19").get(0).get("Reason")).contains("'21/22' is not a "
                    + "financial year");
            // Mismatching identifiers that a majority settles: loaded, joined, with a warning.
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "7").get(0).get("Reason")).contains("'Manchester City' "
                    + "is not in the register");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "21").get(0).get("Reason")).contains("old LA code 305 "
                    + "is Bromley");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "12").get(0).get("Reason")).contains("Cumbria")
                    .contains("Cumberland");
        }
    }

    private static void assertEachRowLeftOutHasItsReason(WorkbookView wb, String reconciliation,
            List<Map<String, String>> left) {
        Map<String, String> reasonByLine =
                left.stream().collect(Collectors.toMap(r -> r.get("Line\n(number)"), r -> r.get("Reason")));
        assertThat(reasonByLine).containsOnly(
                // Hull: published after the date
                Map.entry("10", "No judgement as at the reporting date"),
                // Cumbria 2022-23, replaced since
                Map.entry("11", "Authority did not exist at the reporting date"),
                // Cumberland, with Cumbria's ONS code
                Map.entry("12", "No judgement as at the reporting date"),
                Map.entry("13", "Authority did not exist in that financial year"),   // Cumbria 2023-24
                // North Northamptonshire 2020-21
                Map.entry("14", "Authority did not exist in that financial year"),
                Map.entry("15", "Unknown authority"),                                // Narnia
                // North Yorkshire, recoded in 2023
                Map.entry("20", "No judgement as at the reporting date"),
                // Croydon's code, Bromley's ONS code
                Map.entry("22", "Unknown authority"));
        assertThat(row(left, "11").get("Detail")).isEqualTo("Cumbria was replaced by Cumberland and Westmorland "
                + "and Furness on 1 April 2023; its spend is not attributed to their judgements");
        assertThat(row(left, "11").get("Overspend\n(£)")).isEqualTo("18,724,000");
        assertThat(row(left, "13").get("Detail")).contains("Cumbria was abolished on 31 March 2023, before the "
                + "financial year 2023 to 2024 began");
        assertThat(row(left, "14").get("Detail")).contains("created on 1 April 2021, after the financial year "
                + "2020 to 2021 ended");
        assertThat(row(left, "15").get("Local authority")).isEqualTo("Narnia");
        assertThat(row(left, "15").get("Detail")).contains("'999' is not in the register");
        assertThat(row(left, "22").get("Detail")).contains("the identifiers disagree");
        assertThat(row(left, "22").get("Local authority")).isEqualTo("[x]");
        assertThat(row(left, "20").get("ONS code")).as("the code in force in 2023-24").isEqualTo("E06000065");
        assertThat(wb.text(reconciliation, "A3")).startsWith("17 spend rows are loaded: 9 are joined to a "
                + "judgement and 8 are listed here");
    }

    /**
     * Issue 14's regression guard for spend: a year given n times once gave n times n - 1 reasons, and its delete
     * searched the file again for each row (20,000 copies of one year: 404 s to reconcile). Only what happened to
     * each row is asserted, never time.
     */
    @Test
    void aYearWrittenTwentyThousandTimesIsRejectedWholeWithOneReasonARow() throws IOException {
        int copies = 20_000;
        Path spend = firstRowCopied(bundledSpend(), copies, "one-year-20000-times.csv");

        RunOutcome outcome = run(fixture("clean.csv"), spend, AS_OF);

        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spend", Long.class)).isZero();
        // the header is line 1, the year's first row line 2 and its last line copies + 1: the first names the last,
        // every other row the first
        Map<Long, String> expected = new TreeMap<>();
        for (long line = 2; line <= copies + 1; line++) {
            expected.put(line, "the same authority and financial year as line " + (line == 2 ? copies + 1 : 2)
                    + ": both rows rejected");
        }
        Map<Long, String> rejected = new TreeMap<>();
        jdbc.query("SELECT line_number, reason FROM rejected_row WHERE source_kind = 'spend'",
                (RowCallbackHandler) rs -> assertThat(rejected.put(rs.getLong(1), rs.getString(2)))
                        .as("one reason a line").isNull());
        assertThat(rejected).isEqualTo(expected);
    }

    @Test
    void theOverspendByGradeTableEqualsAnIndependentRecomputation() throws Exception {
        Path spend = fixture("spend-mixed.csv");
        assertThat(run(fixture("clean.csv"), spend, AS_OF).exitCode()).isZero();
        List<IndependentSpend.Row> joined = IndependentSpend.read(spend, MIXED_JOINED);
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertGradeTable(wb, joined, GRADE, List.of("2022 to 2023", "2023 to 2024"));
        }
    }

    private static void assertNationalSumsCountEveryMatchedAuthority(WorkbookView wb) {
        // Nationally: every authority matched in its year, joined or not; Leeds (no budget) counted but not summed.
        Map<String, String> national = wb.row(wb.sheetOf("spend_national"), "2022 to 2023");
        assertThat(national.get("Authorities with spend data\n(number)")).isEqualTo("10");
        assertThat(national.get("Authorities with budget and outturn\n(number)")).isEqualTo("9");
        assertThat(national.get("Overspend\n(£ million)")).isEqualTo("101.4");
        assertThat(wb.tableCells("_spend_national").get(1).get(5).getCellType()).as("sums are numbers")
                .isEqualTo(CellType.NUMERIC);
        Map<String, String> all = wb.row(wb.sheetOf("spend_national"), "All 2 financial years");
        assertThat(all.get("Authorities with spend data\n(number)")).isEqualTo("13");
    }

    private static void assertAuthoritiesTableGainsTheLatestYearsSpend(WorkbookView wb) {
        // The per-authority table of judgements gains the latest year's spend.
        Map<String, String> bristol = wb.rowsWhere("authorities", "Local authority", "Bristol, City of").get(0);
        assertThat(bristol.get("Overall effectiveness")).isEqualTo("Requires improvement to be good");
        assertThat(bristol.get("Budget, 2023 to 2024\n(£)")).isEqualTo("88,000,000");
        assertThat(bristol.get("Overspend, 2023 to 2024\n(% of budget)")).isEqualTo("12.5");
        assertThat(wb.rowsWhere("authorities", "Local authority", "Croydon").get(0).get("Overspend, 2023 to "
                + "2024\n(£)")).isEqualTo("[x]");
    }

    private void assertTheTidyFileHasTheSameFigures() throws IOException {
        // The tidy CSV: the same figures, the same shorthand in EES's bare form.
        TidyCsv csv = TidyCsv.read(reports.resolve(SpendDataset.NAME + ".csv"));
        assertThat(spendRow(csv, "Croydon", "202223")).containsEntry("time_identifier", "Financial year")
                .containsEntry("old_la_code", "306").containsEntry("region_name", "London").containsEntry("la_count",
                "1")
                .containsEntry("budget_gbp", "110620000").containsEntry("outturn_gbp", "120500000")
                .containsEntry("overspend_gbp", "9880000").containsEntry("overspend_percent", "8.9");
        assertThat(spendRow(csv, "Kent", "202223")).containsEntry("budget_gbp", "0").containsEntry("overspend_gbp",
                "5000000")
                .containsEntry("overspend_percent", "z");
        assertThat(spendRow(csv, "Leeds", "202223")).containsEntry("la_count", "0").containsEntry("budget_gbp", "x")
                .containsEntry("outturn_gbp", "5000000").containsEntry("overspend_gbp",
                "x").containsEntry("overspend_percent", "x");
        assertThat(spendRow(csv, "North Yorkshire", "202324")).containsEntry("new_la_code", "E06000065");
        assertThat(spendRow(csv, "Cumbria", "202223")).as("matched in its year, as in the workbook")
                .containsEntry("old_la_code", "909");
        Map<String, String> england = csv.rows().stream()
                .filter(r -> r.get("geographic_level").equals("National") && r.get("time_period").equals("202223"))
                .findFirst().orElseThrow();
        assertThat(england).containsEntry("la_count", "9").containsEntry("region_code", "").containsEntry("la_name",
                "");
        assertThat(new BigDecimal(england.get("overspend_gbp")).movePointLeft(6).setScale(1, RoundingMode.HALF_UP))
                .hasToString("101.4");
        assertThat(new TidyDataChecker().check(reports.resolve(SpendDataset.NAME + ".csv"),
                reports.resolve(SpendDataset.NAME + ".meta.csv")))
                .isEmpty();
    }

    private static Map<String, String> spendRow(TidyCsv csv, String laName, String period) {
        List<Map<String, String>> rows = csv.rows().stream()
                .filter(r -> laName.equals(r.get("la_name")) && r.get("time_period").equals(period)).toList();
        assertThat(rows).as(laName + " " + period).hasSize(1);
        return rows.get(0);
    }

    @Test
    void namesCodesRenamesZeroAndMissingBudgetsShowAsAReaderExpects() throws IOException {
        assertThat(run(fixture("clean.csv"), fixture("spend-mixed.csv"), AS_OF).exitCode()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            String authorities = wb.sheetOf("spend_authorities");
            Map<String, String> croydon = only(wb, authorities, "Croydon", "2022 to 2023");
            assertThat(croydon.get("Budget\n(£)")).isEqualTo("110,620,000");
            assertThat(croydon.get("Outturn\n(£)")).as("£120.5m").isEqualTo("120,500,000");
            assertThat(croydon.get("Overspend\n(£)")).isEqualTo("9,880,000");
            assertThat(croydon.get("Overspend\n(% of budget)")).isEqualTo("8.9");
            assertThat(croydon.get("Latest overall effectiveness judgement")).isEqualTo("Good");
            // Bristol by its DfE name in one year and by ONS code and "City of Bristol" in the next: one authority.
            assertThat(only(wb, authorities, "Bristol, City of", "2022 to 2023").get("Old LA code")).isEqualTo("801");
            assertThat(only(wb, authorities, "Bristol, City of", "2023 to 2024").get("Overspend\n(£)"))
                    .isEqualTo("11,000,000");
            assertThat(only(wb, authorities, "St. Helens", "2022 to 2023").get("Overspend\n(% of budget)"))
                    .isEqualTo("25.0");
            // Zero budget: the overspend is there, its percentage is not applicable; missing budget: not available.
            Map<String, String> kent = only(wb, authorities, "Kent", "2022 to 2023");
            assertThat(kent.get("Budget\n(£)")).isEqualTo("0");
            assertThat(kent.get("Overspend\n(£)")).isEqualTo("5,000,000");
            assertThat(kent.get("Overspend\n(% of budget)")).isEqualTo("[z]");
            Map<String, String> leeds = only(wb, authorities, "Leeds", "2022 to 2023");
            assertThat(leeds.get("Budget\n(£)")).isEqualTo("[x]");
            assertThat(leeds.get("Outturn\n(£)")).isEqualTo("5,000,000");
            assertThat(leeds.get("Overspend\n(£)")).isEqualTo("[x]");
            assertThat(leeds.get("Overspend\n(% of budget)")).isEqualTo("[x]");
            assertThat(wb.textAbove(authorities)).endsWith(" [x] = not available [z] = not applicable");
            // North Yorkshire under its unitary ONS code, though the file gave the county's; Cumbria in the year it
            // existed.
            assertThat(only(wb, authorities, "North Yorkshire", "2023 to 2024").get("ONS code")).isEqualTo("E06000065");
            assertThat(only(wb, authorities, "Cumbria", "2022 to 2023").get("Latest overall effectiveness judgement"))
                    .isEqualTo("[x]");

            assertNationalSumsCountEveryMatchedAuthority(wb);

            assertAuthoritiesTableGainsTheLatestYearsSpend(wb);

            // The cover names the spend file, its checksum and counts, and the source and caveat of spend.
            assertThat(coverText(wb)).contains("Children's social care spend: spend-mixed.csv").contains("SHA-256 ")
                    .contains("21 rows read, 17 loaded, 4 rejected, 4 loaded with a warning")
                    .contains("Revenue Account budget").contains("Caveat on spend: The budget is the Revenue Account "
                    + "figure");
            assertThat(coverText(wb)).contains(SpendDataset.NAME + ".csv: children's social care budget");
        }

        assertTheTidyFileHasTheSameFigures();
    }

    @Test
    void thousandsWhenTheHeaderSaysSoAndAnOverspendColumnInsteadOfOutturn() throws IOException {
        RunOutcome outcome = run(fixture("clean.csv"), fixture("spend-thousands.csv"), AS_OF);
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            String authorities = wb.sheetOf("spend_authorities");
            Map<String, String> croydon = only(wb, authorities, "Croydon", "2022 to 2023");
            assertThat(croydon.get("Budget\n(£)")).isEqualTo("110,620,000");
            assertThat(croydon.get("Outturn\n(£)")).isEqualTo("120,500,000");
            assertThat(croydon.get("Overspend\n(% of budget)")).isEqualTo("8.9");
            Map<String, String> bromley = only(wb, authorities, "Bromley", "2022 to 2023");
            assertThat(bromley.get("Overspend\n(£)")).isEqualTo("-500,000");
            assertThat(bromley.get("Overspend\n(% of budget)")).isEqualTo("-0.9");
            Map<String, String> barnet = only(wb, authorities, "Barnet", "2022 to 2023");
            assertThat(barnet.get("Budget\n(£)")).isEqualTo("[x]");
            assertThat(barnet.get("Overspend\n(£)")).isEqualTo("1,200,000");
            assertThat(barnet.get("Overspend\n(% of budget)")).isEqualTo("[x]");
            Map<String, String> good = gradeRow(wb, wb.sheetOf("spend_by_judgement"), "Good", "2022 to 2023");
            assertThat(good.get("Authorities with spend data\n(number)")).isEqualTo("2");
            assertThat(good.get("Authorities with budget and outturn\n(number)")).isEqualTo("1");
            assertThat(good.get("Overspend\n(£ million)")).isEqualTo("9.9");
            Map<String, String> inadequate = gradeRow(wb, wb.sheetOf("spend_by_judgement"), "Inadequate", "2022 to "
                    + "2023");
            assertThat(inadequate.get("Authorities with spend data\n(number)")).isEqualTo("0");
            assertThat(inadequate.get("Overspend\n(£ million)")).isEqualTo("[x]");
            assertThat(wb.table(wb.sheetOf("spend_reconciliation")).get(1).get(0)).isEqualTo("Every spend row is "
                    + "joined");
        }
    }

    @Test
    void loadingASpendFileAgainReplacesItsRowsAndAnUpdatedFileStartsANewRun() throws IOException {
        Path inspections = fixture("clean.csv");
        Path spend = fixture("spend-mixed.csv");
        assertThat(run(inspections, spend, AS_OF).exitCode()).isZero();
        assertThat(runForced(inspections, spend, AS_OF).exitCode()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spend", Integer.class)).isEqualTo(MIXED_ROWS_LOADED);

        List<String> lines = new ArrayList<>(Files.readAllLines(spend));
        lines.set(1, "306,E09000008,Croydon,2022-23,\"110,620,000\",£130.5m");
        Files.write(spend, lines);
        RunOutcome updated = run(inspections, spend, AS_OF);
        assertThat(updated.exitCode()).as(updated.message()).isZero();
        assertThat(updated.message()).doesNotContain("up to date");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spend", Integer.class)).isEqualTo(MIXED_ROWS_LOADED);
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(only(wb, wb.sheetOf("spend_authorities"), "Croydon", "2022 to 2023").get("Overspend\n(£)"))
                    .isEqualTo("19,880,000");
        }
    }

    @Test
    void withoutASpendFileTheReportSaysSoAndHasNoSpendTables() throws IOException {
        Path inspections = fixture("clean.csv");
        assertThat(run(inspections, fixture("spend-mixed.csv"), AS_OF).exitCode()).isZero();
        assertThat(reports.resolve(SpendDataset.NAME + ".csv")).exists();
        // Forced: the store keeps the history, and an earlier test of this class may have run these inputs already.
        RunOutcome outcome = runForced(inspections, AS_OF);
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        // No spend CSV, and not the last run's left beside a workbook without spend; the judgements' file stays.
        assertThat(reports.resolve(SpendDataset.NAME + ".csv")).doesNotExist();
        assertThat(reports.resolve(SpendDataset.NAME + ".meta.csv")).doesNotExist();
        assertThat(reports.resolve("ofsted_la_childrens_services_judgements.csv")).exists();
        // And a run without spend is up to date without it.
        assertThat(run(inspections, AS_OF).message()).contains("the report is up to date");
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.sheetNames()).noneMatch(name -> name.startsWith("Table_") && wb.table(name).get(0).stream()
                    .anyMatch(h -> h.contains("Budget") || h.contains("Overspend")));
            assertThat(coverText(wb)).contains("No children's social care spend file was given for this run, so the "
                    + "workbook has no spend tables.")
                    .doesNotContain(SpendDataset.NAME);
            assertThat(wb.table("authorities").get(0)).noneMatch(h -> h.contains("Budget"));
        }
    }

    @Test
    void aSpendFileThatCannotBeOneFailsWithOneLineAndLeavesTheLastReport() throws IOException {
        Path inspections = fixture("clean.csv");
        assertThat(run(inspections, AS_OF).exitCode()).isZero();
        byte[] before = Files.readAllBytes(report());
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(work.resolve("missing-spend.csv"),
                "children's social care spend file " + work.resolve("missing-spend.csv") + " does not exist");
        expected.put(fixture("spend-no-year.csv"), "has no financial year column");
        expected.put(fixture("spend-header-only.csv"), "has a header but no data rows");
        expected.put(Files.writeString(work.resolve("budget-only.csv"), "old_la_code,financial_year,budget_gbp\n306,"
                + "2022-23,100\n"),
                "has no budget and outturn columns");
        expected.put(fixture("sif.csv"), "has no financial year column"); // an inspection file given as spend
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            RunOutcome outcome = run(inspections, e.getKey(), AS_OF);
            assertThat(outcome.exitCode()).as(e.getKey().toString()).isEqualTo(CommandLine.EXIT_INPUT);
            assertThat(outcome.message()).as(e.getKey().toString()).contains(e.getValue()).doesNotContain("\n");
            assertThat(Files.readAllBytes(report())).isEqualTo(before);
        }
    }

    // --- helpers

    /** Every row of the by-grade table equals the recomputation from the CSV rows joined, grouped by grade and year. */
    static void assertGradeTable(WorkbookView wb, List<IndependentSpend.Row> joined, Map<String, String> gradeByCode,
            List<String> years) {
        String sheet = wb.sheetOf("spend_by_judgement");
        String allYears = "All " + years.size() + " financial years";
        List<String> grades = List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate",
                "All judgements");
        int rows = 0;
        for (String grade : grades) {
            List<IndependentSpend.Row> ofGrade = joined.stream()
                    .filter(r -> grade.equals("All judgements") || grade.equals(gradeByCode.get(r.oldCode()))).toList();
            for (String year : years) {
                assertThat(IndependentSpend.summaryOf(gradeRow(wb, sheet, grade, year))).as(grade + ", " + year)
                        .isEqualTo(IndependentSpend.summary(ofGrade.stream().filter(r -> r.year().equals(year))
                        .toList()));
                rows++;
            }
            assertThat(IndependentSpend.summaryOf(gradeRow(wb, sheet, grade, allYears))).as(grade + ", all years")
                    .isEqualTo(IndependentSpend.summary(ofGrade));
            rows++;
        }
        assertThat(wb.rows(sheet)).hasSize(rows);
    }

    static Map<String, String> gradeRow(WorkbookView wb, String sheet, String grade, String year) {
        List<Map<String, String>> found = wb.rows(sheet).stream()
                .filter(r -> r.get("Overall effectiveness judgement").equals(grade)
                && r.get("Financial year").equals(year)).toList();
        assertThat(found).as(grade + ", " + year).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> only(WorkbookView wb, String sheet, String authority, String year) {
        List<Map<String, String>> found = wb.rowsWhere(sheet, "Local authority", authority).stream()
                .filter(r -> r.get("Financial year").equals(year)).toList();
        assertThat(found).as(authority + ", " + year).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String line) {
        return rows.stream().filter(r -> r.get("Line\n(number)").equals(line)).findFirst().orElseThrow();
    }

    static String coverText(WorkbookView wb) {
        StringBuilder text = new StringBuilder();
        wb.workbook().getSheet("Cover").forEach(r -> text.append(r.getCell(0).getStringCellValue()).append('\n'));
        return text.toString();
    }
}
