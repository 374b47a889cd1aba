package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.JudgementsCrossCheck;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.ratingspipeline.source.DataQualityTable;
import org.ratingspipeline.source.SourceLoads;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the job does with real files, end to end, checked in the workbook a researcher opens.
 * Runs once per database (H2 file, PostgreSQL) through the subclasses.
 */
abstract class RatingsJobContract extends JobTestSupport {

    private static final String JUDGEMENTS_CSV = "ofsted_la_childrens_services_judgements.csv";

    @Autowired
    private SourceLoads sourceLoads;

    @Test
    void cleanFileGivesTheCountsOfAnIndependentCount() throws IOException {
        Path file = fixture("clean.csv");
        RunOutcome outcome = run(file, "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        Map<String, Integer> expected = independentCount(file, LocalDate.parse("2025-03-31"));
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.sheetNames()).startsWith("Cover", "Contents", "Notes", "Table_1", "Table_2", "Table_3",
                    "Table_4");
            int judged = expected.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(judged).isEqualTo(9); // Hull's only judgement is published after the date
            for (String grade : List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate")) {
                Map<String, String> row = wb.row("national", grade);
                int count = expected.getOrDefault(grade, 0);
                assertThat(row.get("Local authorities\n(number)")).as(grade).isEqualTo(String.valueOf(count));
                assertThat(row.get("Share of authorities judged\n(%)")).as(grade)
                        .isEqualTo(String.format("%.1f", 100.0 * count / judged));
            }
            assertThat(wb.row("national", "All authorities judged").get("Local authorities\n(number)")).isEqualTo("9");
            assertThat(wb.row("national", "Good or outstanding").get("Local authorities\n(number)"))
                    .isEqualTo(String.valueOf(expected.getOrDefault("Outstanding", 0)
                    + expected.getOrDefault("Good", 0)));
            assertThat(wb.row("national", "Not yet inspected").get("Local authorities\n(number)")).isEqualTo("144");
            assertThat(wb.row("national", "Not yet inspected").get("Share of authorities judged\n(%)"))
                    .isEqualTo("[z]");
            assertThat(wb.tableCells("_national").get(1).get(1).getCellType()).as("counts are numbers, not text")
                    .isEqualTo(CellType.NUMERIC);

            assertLondon(wb);

            assertTheAuthoritiesTable(wb);
            assertThat(wb.table("data_quality").get(1).get(0)).isEqualTo("No problems found");
        }
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndValueAndTheRestLoads() throws IOException {
        RunOutcome outcome = run(fixture("bad-rows.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(outcome.message()).contains("9 rows read, 6 loaded, 3 rejected");
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.row("national", "All authorities judged").get("Local authorities\n(number)")).isEqualTo("6");
            List<Map<String, String>> line7 = wb.rowsWhere("data_quality", "Line\n(number)", "7");
            assertThat(line7).hasSize(1);
            assertThat(line7.get(0).get("Outcome")).isEqualTo("Rejected");
            assertThat(line7.get(0).get("Column")).isEqualTo("overall_effectiveness");
            assertThat(line7.get(0).get("Value")).isEqualTo("Excellent");
            assertThat(line7.get(0).get("Reason")).contains("'Excellent' is not a grade");
            assertThat(wb.rowsWhere("data_quality", "Line\n(number)", "9").get(0).get("Reason")).contains("not in the "
                    + "register");
            assertThat(wb.rowsWhere("data_quality", "Line\n(number)", "10").get(0).get("Value"))
                    .isEqualTo("31/02/2023");
            assertThat(wb.rowsWhere("authorities", "Local authority", "Leeds").get(0).get("Overall effectiveness"))
                    .isEqualTo("[x]");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE line_number = 7", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aFileWithoutAnOverallColumnFailsAndLeavesTheLastReportAsItWas() throws IOException {
        assertThat(run(fixture("clean.csv"), "2025-03-31").exitCode()).isZero();
        byte[] before = Files.readAllBytes(report());
        long archived = Files.list(reports.resolve("archive")).count();

        byte[] csvBefore = Files.readAllBytes(reports.resolve(JUDGEMENTS_CSV));

        RunOutcome outcome = run(fixture("no-overall.csv"), "2025-03-31");

        assertThat(Files.readAllBytes(reports.resolve(JUDGEMENTS_CSV))).isEqualTo(csvBefore);
        assertThat(outcome.exitCode()).isEqualTo(CommandLine.EXIT_INPUT);
        assertThat(outcome.message()).contains("no-overall.csv").contains("no overall effectiveness column")
                .contains("'overall_effectiveness'").doesNotContain("\n");
        assertThat(Files.readAllBytes(report())).isEqualTo(before);
        assertThat(Files.list(reports.resolve("archive")).count()).isEqualTo(archived);
        assertThat(Files.list(reports).filter(p -> p.getFileName().toString().endsWith(".part")).count()).isZero();
    }

    @Test
    void theTidyCsvBesideTheWorkbookCarriesItsFiguresAndPassesTheOpenDataChecks() throws IOException {
        assertThat(run(fixture("clean.csv"), "2025-03-31").exitCode()).isZero();
        Path data = reports.resolve(JUDGEMENTS_CSV);
        Path meta = reports.resolve("ofsted_la_childrens_services_judgements.meta.csv");
        assertThat(new TidyDataChecker().check(data, meta)).isEmpty();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(JudgementsCrossCheck.assertSameFigures(wb, TidyCsv.read(data))).isGreaterThan(100);
        }
        TidyCsv csv = TidyCsv.read(data);
        // Croydon's 2020 inspection predates the care leavers judgement: not applicable, as in the workbook.
        assertThat(csv.judgement("Local authority", "E12000007", "306", "Care leavers",
                "Not applicable").get("la_count"))
                .isEqualTo("1");
        assertThat(csv.judgement("Regional", "E12000007", "", "Overall effectiveness", "Good").get("la_percent"))
                .isEqualTo("66.7");
        assertThat(reports.resolve("archive"))
                .isDirectoryContaining("glob:**/ofsted_la_childrens_services_judgements-2025-03-31-run*.csv")
                .isDirectoryContaining("glob:**/ofsted_la_childrens_services_judgements-2025-03-31-run*.meta.csv");

        // The single inspection framework has other judgement areas; they are in the file when it is reported.
        assertThat(runForced(fixture("sif.csv"), "2018-03-31").exitCode()).isZero();
        assertThat(new TidyDataChecker().check(data, meta)).isEmpty();
        try (WorkbookView wb = WorkbookView.open(report())) {
            JudgementsCrossCheck.assertSameFigures(wb, TidyCsv.read(data));
        }
        assertThat(TidyCsv.read(data).national("Adoption performance", "Good").get("la_count")).isEqualTo("2");
        assertThat(TidyCsv.read(data).rows()).allSatisfy(r -> assertThat(r.get("time_period")).isEqualTo("2018"));
    }

    @Test
    void aReportMissingItsTidyCsvIsNotUpToDate() throws IOException {
        Path file = fixture("clean.csv");
        assertThat(run(file, "2025-03-31").exitCode()).isZero();
        assertThat(run(file, "2025-03-31").message()).contains("up to date");

        // A report folder from before the CSV files existed, or one someone tidied by hand.
        Files.delete(reports.resolve(JUDGEMENTS_CSV));
        RunOutcome again = run(file, "2025-03-31");

        assertThat(again.exitCode()).as(again.message()).isZero();
        assertThat(again.message()).doesNotContain("up to date");
        assertThat(reports.resolve(JUDGEMENTS_CSV)).exists();
    }

    @Test
    void filesThatCannotBeInspectionResultsFailWithAPlainMessage() throws IOException {
        Path empty = Files.write(work.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(work.resolve("binary.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
        Map<Path, String> expected = new HashMap<>();
        expected.put(empty, "is empty");
        expected.put(binary, "is not a text file");
        expected.put(work.resolve("missing.csv"), "does not exist");
        expected.put(fixture("no-authority.csv"), "no column that identifies the local authority");
        expected.put(fixture("header-only.csv"), "has a header but no data rows");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            RunOutcome outcome = run(e.getKey(), "2025-03-31");
            assertThat(outcome.exitCode()).as(e.getKey().toString()).isEqualTo(CommandLine.EXIT_INPUT);
            assertThat(outcome.message()).as(e.getKey().toString()).contains(e.getValue());
        }
        assertThat(Files.exists(report())).isFalse();
    }

    @Test
    void loadingAFileAgainReplacesItsRowsAndAnUpdatedFileChangesThem() throws IOException {
        Path file = fixture("clean.csv");
        assertThat(run(file, "2025-03-31").exitCode()).isZero();
        assertThat(runForced(file, "2025-03-31").exitCode()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loaded_judgement", Integer.class)).isEqualTo(11);

        // Ofsted regrades Kent and withdraws Leeds's row.
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.replaceAll(l -> l.startsWith("886,") ? l.replace(" Good ,", "Inadequate,") : l);
        lines.removeIf(l -> l.startsWith("383,"));
        Files.write(file, lines);
        RunOutcome updated = run(file, "2025-03-31");
        assertThat(updated.exitCode()).as(updated.message()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loaded_judgement", Integer.class)).isEqualTo(10);
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.rowsWhere("authorities", "Local authority", "Kent").get(0).get("Overall effectiveness"))
                    .isEqualTo("Inadequate");
            assertThat(wb.rowsWhere("authorities", "Local authority", "Leeds").get(0).get("Overall effectiveness"))
                    .isEqualTo("[x]");
        }
    }

    private static void assertTheAuthoritiesTable(WorkbookView wb) {
        // Croydon's care leavers judgement did not exist at its 2020 inspection: not applicable, not missing.
        Map<String, String> croydon = wb.rowsWhere("authorities", "Local authority", "Croydon").get(0);
        assertThat(croydon.get("Overall effectiveness")).isEqualTo("Good");
        assertThat(croydon.get("Care leavers")).isEqualTo("[z]");
        assertThat(croydon.get("Publication date")).isEqualTo("20 Mar 2020");
        assertThat(wb.rowsWhere("authorities", "Local authority", "Bristol, City of").get(0).get("Overall "
                + "effectiveness"))
                .isEqualTo("Requires improvement to be good");
        assertThat(wb.rowsWhere("authorities", "Local authority", "St. Helens").get(0).get("Overall effectiveness"))
                .isEqualTo("Inadequate");
        assertThat(wb.rowsWhere("authorities", "Local authority",
                "Kingston upon Hull, City of").get(0).get("Framework"))
                .isEqualTo("[x]");
        assertThat(wb.row("judgement_areas", "Care leavers").get("Not applicable\n(number)")).isEqualTo("1");
    }

    private static void assertLondon(WorkbookView wb) {
        // London: Croydon good (its SIF inadequate superseded), Bromley outstanding, Barnet good.
        Map<String, String> london = wb.row("regions", "E12000007");
        assertThat(london.get("Outstanding\n(number)")).isEqualTo("1");
        assertThat(london.get("Good\n(number)")).isEqualTo("2");
        assertThat(london.get("Good\n(% of judged)")).isEqualTo("66.7");
        assertThat(london.get("Not yet inspected\n(number)")).isEqualTo("30");
    }

    @Test
    void identicalInputsDoNoWorkAndAnUpdatedFileShowsExactlyTheEditedAuthoritiesAsChanges() throws IOException {
        Path file = fixture("clean.csv");
        assertThat(run(file, "2025-03-31").exitCode()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.text("changes", "A2")).isEqualTo("This worksheet contains one table.");
            assertThat(wb.row("changes", "[z]").get("Change")).isEqualTo("No changes");
            List<Map<String, String>> history = wb.rowsWhere("run_history", "Status", "Publishing (this report)");
            assertThat(history).hasSize(1);
            assertThat(history.get(0).get("Inspection results files")).isEqualTo("clean.csv");
            assertThat(history.get(0).get("Reporting date")).isEqualTo("31 Mar 2025");
        }
        byte[] published = Files.readAllBytes(report());
        int executions = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);

        RunOutcome again = run(file, "2025-03-31");
        assertThat(again.exitCode()).isZero();
        assertThat(again.message()).contains("up to date");
        assertThat(Files.readAllBytes(report())).isEqualTo(published);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
                .isEqualTo(executions);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loaded_judgement", Integer.class)).isEqualTo(11);

        editHullKentAndLeeds(file);
        RunOutcome updated = run(file, "2025-03-31");
        assertThat(updated.exitCode()).as(updated.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            List<List<String>> changes = wb.table("changes");
            assertThat(changes.subList(1, changes.size())).extracting(r -> r.get(1) + ": " + r.get(2))
                    .containsExactlyInAnyOrder(
                    "Kent: Grade corrected in the input",
                    "Kingston upon Hull, City of: First judgement",
                    // a row is identified by its inspection date: the row of 2 March 2026 is gone, one of January 2025
                    // new
                    "Kingston upon Hull, City of: Row no longer in clean.csv (ILACS inspection of 2 March 2026)",
                    "Leeds: No longer has a judgement as at the reporting date",
                    "Leeds: Row no longer in clean.csv (ILACS inspection of 6 June 2022)");
            Map<String, String> kent = wb.rowsWhere("changes", "Local authority", "Kent").get(0);
            assertThat(kent.get("Overall effectiveness before")).isEqualTo("Good");
            assertThat(kent.get("Overall effectiveness after")).isEqualTo("Inadequate");
            assertThat(wb.text("changes", "A3")).startsWith("Compared with the report of run ");
            assertThat(wb.table("run_history")).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    private static void editHullKentAndLeeds(Path file) throws IOException {
        // Hull's inspection turns out to have been in January 2025, published in March; Kent is regraded; a row for
        // Leeds disappears.
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.replaceAll(l -> l.startsWith("886,") ? l.replace(" Good ,", "Inadequate,")
                : l.startsWith("810,") ? l.replace("2026-03-02,2026-05-18", "2025-01-13,2025-03-01") : l);
        lines.removeIf(l -> l.startsWith("383,"));
        Files.write(file, lines);
    }

    /**
     * The data-quality table reads only the lines the workbook shows, yet they are the first lines of the whole
     * list, in its order, and the table says how many there are in all. The oracle is the list written here,
     * sorted here: by file and line, a line's rejections before its warnings and those before the rows taken
     * from another file, then by column. A line with two rejections (written in the other order) straddles the
     * cut, among the three kinds of problem and among rejections alone.
     */
    @Test
    void theDataQualityTableShowsTheFirstLinesOfTheWholeListAndCountsTheRest() {
        assertTheFirstLinesAreShown(9_998, 3);
        assertTheFirstLinesAreShown(9_999, 1);
    }

    private void assertTheFirstLinesAreShown(long runId, int kinds) {
        List<List<Object>> written = new ArrayList<>();
        String[] tables = {"rejected_row", "row_warning", "source_disagreement"};
        String[] outcomes = {"Rejected", "Loaded with a warning", "Taken from another file"};
        // lines 2 to 13 of b.csv and a.csv, each kind of problem on some of them, written out of order
        for (int line = 13; line >= 2; line--) {
            for (String file : List.of("b.csv", "a.csv")) {
                for (int kind = 0; kind < kinds; kind++) {
                    if ((line + kind) % 3 == 0 || line == 5 && kind == 0) {
                        for (String column : line == 5 && kind == 0 ? List.of("overall", "care_leavers")
                                : List.of("la_name")) {
                            jdbc.update("INSERT INTO " + tables[kind] + " (run_id, source_kind, source_file, "
                                    + "line_number, column_name, cell_value, reason) VALUES (?, 'inspections', ?, ?, "
                                    + "?, 'x', 'why')", runId, file, line, column);
                            written.add(List.of(file, (long) line, kind, column));
                        }
                    }
                }
            }
        }
        written.sort(Comparator.<List<Object>, String>comparing(w -> (String) w.get(0))
                .thenComparing(w -> (Long) w.get(1)).thenComparing(w -> (Integer) w.get(2))
                .thenComparing(w -> (String) w.get(3)));
        List<String> expected = written.stream().map(w -> outcomes[(Integer) w.get(2)] + " " + w.get(0) + ":"
                + w.get(1) + " " + w.get(3)).toList();
        ReportRun run = new ReportRun(runId, 1, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30),
                LocalDateTime.now(), List.of());
        int cut = expected.indexOf("Rejected a.csv:5 overall");
        assertThat(cut).isPositive();

        TableContent all = dataQuality(0).tables(run, new Notes()).get(0);
        TableContent first = dataQuality(cut).tables(run, new Notes()).get(0);

        assertThat(shown(all)).isEqualTo(expected);
        assertThat(all.rowCount()).isEqualTo(expected.size());
        assertThat(shown(first)).isEqualTo(expected.subList(0, cut));
        assertThat(first.rowCount()).isEqualTo(expected.size());
        assertThat(first.numbered(1, cut).rowNotes()).contains(String.format("This table lists the first %,d of its "
                + "%,d rows; the rest are in the pipeline's store.", cut, expected.size()));
    }

    private DataQualityTable dataQuality(int maxTableRows) {
        return new DataQualityTable(sourceLoads, ReportSettings.properties(30,
                Map.of("ratings.report.max-table-rows", String.valueOf(maxTableRows))));
    }

    /** Each line of the table as outcome, file:line and column. */
    private static List<String> shown(TableContent table) {
        return table.rows().stream().map(r -> r.get(0) + " " + r.get(1) + ":" + r.get(5) + " " + r.get(2)).toList();
    }

    @Test
    void rowsRepeatedInOneFileAreBothRejectedEachNamingTheOther() throws IOException {
        Path file = fixture("clean.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(lines.get(3)); // Bromley again, as line 13
        Files.write(file, lines);
        RunOutcome outcome = run(file, "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.rowsWhere("data_quality", "Line\n(number)", "4").get(0).get("Reason")).contains("as line 13");
            assertThat(wb.rowsWhere("data_quality", "Line\n(number)", "13").get(0).get("Reason")).contains("as line 4");
            assertThat(wb.rowsWhere("authorities", "Local authority", "Bromley").get(0).get("Overall effectiveness"))
                    .isEqualTo("[x]");
        }
    }

    @Test
    void theSingleInspectionFrameworkLayoutLoadsThroughTheSameImporter() throws IOException {
        RunOutcome outcome = run(fixture("sif.csv"), "2018-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(outcome.message()).contains("6 rows read, 6 loaded, 0 rejected");
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.row("national", "Inadequate").get("Local authorities\n(number)")).isEqualTo("4");
            assertThat(wb.row("national", "Good").get("Local authorities\n(number)")).isEqualTo("2");
            Map<String, String> adoption = wb.row("judgement_areas", "Adoption performance");
            assertThat(adoption.get("Framework")).isEqualTo("SIF");
            assertThat(adoption.get("Outstanding\n(number)")).isEqualTo("1");
            assertThat(adoption.get("Good\n(number)")).isEqualTo("2");
            Map<String, String> croydon = wb.rowsWhere("authorities", "Local authority", "Croydon").get(0);
            assertThat(croydon.get("Framework")).isEqualTo("SIF");
            assertThat(croydon.get("Leadership, management and governance (SIF)")).isEqualTo("Inadequate");
            assertThat(croydon.get("Impact of leaders on social work practice (ILACS)")).isEqualTo("[z]");
        }
    }

    @Test
    void aWindows1252FileIsReadInItsOwnEncoding() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        String csv = "la_code,la_name,inspection_date,overall_effectiveness,Inspector’s note\r\n"
                + "306,Croydon,2020-02-10,Good,“improving” – £ spent\r\n";
        Path file = Files.write(work.resolve("excel-export.csv"), csv.getBytes(cp1252));
        RunOutcome outcome = run(file, "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(outcome.message()).contains("1 rows read, 1 loaded");
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(SpendJobContract.coverText(wb).lines().filter(l -> l.startsWith("Inspection results, file 1:")))
                    .singleElement().asString().contains("windows-1252");
        }
        Path withBom = Files.write(work.resolve("bom.csv"),
                ("\uFEFF" + csv.replace("Croydon", "Croydon")).getBytes(StandardCharsets.UTF_8));
        assertThat(runForced(withBom, "2025-03-31").message()).contains("1 rows read, 1 loaded");
    }

    /**
     * The national count done the simple way, apart from the production SQL: the latest row per
     * old LA code published by the date, grades mapped by hand. Good enough for fixtures whose
     * rows all carry a code or a name listed here.
     */
    static Map<String, Integer> independentCount(Path file, LocalDate asOf) throws IOException {
        Map<String, String> names = Map.of("Bristol, City of", "801", "St. Helens", "342");
        Map<String, String> grades = Map.ofEntries(Map.entry("outstanding", "Outstanding"),
                Map.entry("1", "Outstanding"),
                Map.entry("good", "Good"), Map.entry("2", "Good"), Map.entry("requires improvement", "Requires "
                        + "improvement to be good"),
                Map.entry("requires improvement to be good", "Requires improvement to be good"),
                        Map.entry("ri", "Requires improvement to be good"),
                Map.entry("3", "Requires improvement to be good"), Map.entry("inadequate", "Inadequate"),
                        Map.entry("4", "Inadequate"));
        List<DateTimeFormatter> formats = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("dd/MM/yyyy"),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        Map<String, LocalDate> latestDate = new HashMap<>();
        Map<String, String> latestGrade = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.replace("\"Bristol, City of\"", "Bristol, City of").split(",(?! City of)");
            String code = f[0].isBlank() ? names.get(f[2]) : f[0];
            LocalDate published = null;
            for (DateTimeFormatter format : formats) {
                try {
                    published = LocalDate.parse(f[6].strip(), format);
                } catch (DateTimeParseException e) {
                    // next format
                }
            }
            if (published.isAfter(asOf)) {
                continue;
            }
            if (!latestDate.containsKey(code) || published.isAfter(latestDate.get(code))) {
                latestDate.put(code, published);
                latestGrade.put(code, grades.get(f[7].strip().toLowerCase()));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        latestGrade.values().forEach(g -> counts.merge(g, 1, Integer::sum));
        return counts;
    }
}
