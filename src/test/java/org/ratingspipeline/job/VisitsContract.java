package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.report.check.WorkbookChecker;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.ratingspipeline.visits.VisitsDataset;

/**
 * The visits tables on the bundled data, read back from the workbook with POI and compared with
 * counts worked out here from the CSV files themselves (not the production SQL); and a visits file
 * with faulty rows, and one that cannot be a visits file. Runs once per database.
 */
abstract class VisitsContract extends JobTestSupport {

    /** A date as the workbook view shows a date cell (as TrendsAndJourneysContract reads them). */
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final LocalDate AS_OF = LocalDate.parse("2025-03-31");

    /** One row of the visits CSV, as a test reads it. */
    record Row(String year, String laCode, String type, LocalDate date, String theme) {
    }

    static List<Map<String, String>> csv(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReader(new FileReader(file.toFile(), StandardCharsets.UTF_8))) {
            String[] header = reader.readNext();
            for (String[] r; (r = reader.readNext()) != null; ) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i].replace("\uFEFF", ""), i < r.length ? r[i] : "");
                }
                rows.add(m);
            }
        }
        return rows;
    }

    static List<Row> visits() throws Exception {
        return csv(bundledVisits()).stream()
                .map(m -> new Row(m.get("financial_year"), m.get("la_code"), m.get("visit_type"),
                LocalDate.parse(m.get("visit_date")), m.get("visit_theme"))).toList();
    }

    /** "2021-22" as the workbook heads it. */
    static String yearLabel(String year) {
        int start = Integer.parseInt(year.substring(0, 4));
        return start + " to " + (start + 1);
    }

    @Test
    void visitsByTypeAndYearAndBradfordsMonitoringVisitsAreAsTheCsvGivesThem() throws Exception {
        RunOutcome outcome = runWithVisits(bundledInspections(), bundledVisits(), "2025-03-31", "2025-06-30");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        List<Row> rows = visits();
        Map<String, String> types = Map.of("LA Monitoring visit", "Monitoring visit", "ILACS Focused Visit", "Focused "
                + "visit");
        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("visits_by_type");
            assertVisitsByTypeYearAndTheme(wb, sheet, rows, types);
            assertThat(wb.rows(sheet)).noneMatch(r -> r.get("Visit type").contains("inspection"));
            List<LocalDate> inspections =
                    csv(Path.of("input/inspections/02-ofsted-ilacs-history-2018-to-2025.csv")).stream()
                    .filter(m -> m.get("la_code").equals("380")).map(m -> LocalDate.parse(m.get("inspection_date")))
                    .sorted()
                    .toList();
            assertBradfordsInadequateSpells(wb, rows, inspections);
            assertBradfordsMonthsSinceInspection(wb, inspections);

            String cover = SpendJobContract.coverText(wb);
            assertThat(cover).contains("Ofsted monitoring and focused visits: ofsted-la-visits-2021-to-2025.csv")
                    .contains("459 rows read, 459 loaded, 0 rejected").contains("Open Government Licence v3.0")
                    .contains(VisitsDataset.NAME + ".csv");
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
        // without a spend file: the README's tables (and, as at its date, their titles) but the spend tables
        TableCatalogue.assertListed(report(), new TableCatalogue.Inputs(false, true, List.of()));

        Path data = reports.resolve(VisitsDataset.NAME + ".csv");
        assertThat(new TidyDataChecker().check(data, reports.resolve(VisitsDataset.NAME + ".meta.csv"))).isEmpty();
        long monitoring2122 =
                rows.stream().filter(r -> r.type().equals("LA Monitoring visit") && r.year().equals("2021-22")).count();
        assertThat(TidyCsv.read(data).rows()).anySatisfy(r -> assertThat(r).containsEntry("time_period", "202122")
                .containsEntry("visit_type", "Monitoring visit").containsEntry("visit_theme", "Total")
                .containsEntry("visits", String.valueOf(monitoring2122)));
    }

    private static void assertVisitsByTypeYearAndTheme(WorkbookView wb, String sheet, List<Row> rows,
            Map<String, String> types) {
        for (Map.Entry<String, String> type : types.entrySet()) {
            Map<String, Long> byYear = new TreeMap<>();
            Map<String, Map<String, Long>> byTheme = new TreeMap<>();
            for (Row r : rows) {
                if (r.type().equals(type.getKey())) {
                    byYear.merge(r.year(), 1L, Long::sum);
                    byTheme.computeIfAbsent(r.theme().isEmpty() ? "Theme not given" : r.theme(),
                            k -> new TreeMap<>())
                            .merge(r.year(), 1L, Long::sum);
                }
            }
            assertThat(byYear).hasSize(4);
            Map<String, String> all = themeRow(wb, sheet, type.getValue(), "All themes");
            long total = 0;
            for (Map.Entry<String, Long> y : byYear.entrySet()) {
                assertThat(all.get(yearLabel(y.getKey()) + "\n(number)")).as(type + " " + y.getKey())
                        .isEqualTo(String.valueOf(y.getValue()));
                total += y.getValue();
            }
            assertThat(all.get("All years\n(number)")).isEqualTo(String.valueOf(total));
            byTheme.forEach((theme, years) -> {
                Map<String, String> row = themeRow(wb, sheet, type.getValue(), theme);
                for (String y : byYear.keySet()) {
                    assertThat(row.get(yearLabel(y) + "\n(number)")).as(type + " " + theme + " " + y)
                            .isEqualTo(String.valueOf(years.getOrDefault(y, 0L)));
                }
            });
        }
    }

    /**
     * Bradford (380): judged inadequate twice; its monitoring visits between each judgement and the next
     * inspection.
     */
    private static void assertBradfordsInadequateSpells(WorkbookView wb, List<Row> rows, List<LocalDate> inspections) {
        List<Map<String, String>> spells = wb.rowsWhere(wb.sheetOf("visits_inadequate_spells"), "Old LA code",
                "380");
        assertThat(spells).hasSize(2);
        for (Map<String, String> spell : spells) {
            LocalDate judged = inspections.stream().filter(d -> SHOWN.format(d).equals(spell.get("Inadequate "
                    + "inspection date")))
                    .findFirst().orElseThrow();
            LocalDate next = inspections.stream().filter(d -> d.isAfter(judged)).findFirst().orElse(null);
            List<LocalDate> between =
                    rows.stream().filter(r -> r.laCode().equals("380") && r.type().equals("LA Monitoring visit"))
                    .map(Row::date).filter(d -> d.isAfter(judged)
                    && (next == null ? !d.isAfter(AS_OF) : d.isBefore(next)))
                    .sorted().toList();
            assertThat(between).isNotEmpty();
            assertThat(spell.get("Monitoring visits\n(number)")).isEqualTo(String.valueOf(between.size()));
            assertThat(spell.get("First monitoring visit")).isEqualTo(SHOWN.format(between.get(0)));
            assertThat(spell.get("Last monitoring visit")).isEqualTo(SHOWN.format(between.get(between.size() - 1)));
            assertThat(spell.get("Next inspection date")).isEqualTo(next == null ? "[z]" : SHOWN.format(next));
            assertThat(spell.get("Months to next inspection or reporting date\n(number)"))
                    .isEqualTo(String.valueOf(ChronoUnit.MONTHS.between(judged, next == null ? AS_OF : next)));
        }
    }

    /** One row per authority, few columns. */
    private static void assertBradfordsMonthsSinceInspection(WorkbookView wb, List<LocalDate> inspections) {
        String months = wb.sheetOf("visits_months_since_inspection");
        assertThat(wb.table(months).get(0)).hasSize(5);
        Map<String, String> bradford = wb.rowsWhere(months, "Old LA code", "380").get(0);
        LocalDate latest = inspections.get(inspections.size() - 1);
        assertThat(bradford.get("Latest inspection date")).isEqualTo(SHOWN.format(latest));
        assertThat(bradford.get("Months since latest inspection\n(number)"))
                .isEqualTo(String.valueOf(ChronoUnit.MONTHS.between(latest, AS_OF)));
    }

    /** Ofsted's headline comparison, worked out here from Ofsted's ILACS history (its own file, to March 2025). */
    @Test
    void latestAgainstFirstIlacsJudgementIsAsOfstedsHistoryGivesIt() throws Exception {
        RunOutcome outcome = runWithVisits(bundledInspections(), bundledVisits(), "2025-03-31", "2025-06-30");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        Map<String, List<Map<String, String>>> byAuthority = new TreeMap<>();
        for (Map<String, String> m : csv(Path.of("input/inspections/02-ofsted-ilacs-history-2018-to-2025.csv"))) {
            if (!"Current".equalsIgnoreCase(m.get("la_status_2025"))) {
                continue;
            }
            byAuthority.computeIfAbsent(m.get("la_code"), k -> new ArrayList<>()).add(m);
        }
        Comparison ofsted = compare(byAuthority);
        long improved = ofsted.improved();
        long kept = ofsted.kept();
        long declined = ofsted.declined();
        long below = ofsted.below();
        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("visits_ilacs_comparison");
            assertThat(wb.row(sheet, "Improved").get("Local authorities\n(number)"))
                    .isEqualTo(String.valueOf(improved));
            assertThat(wb.row(sheet, "Stayed good").get("Local authorities\n(number)")).isEqualTo(String.valueOf(kept));
            assertThat(wb.row(sheet, "Declined").get("Local authorities\n(number)"))
                    .isEqualTo(String.valueOf(declined));
            assertThat(wb.row(sheet, "Stayed below").get("Local authorities\n(number)"))
                    .isEqualTo(String.valueOf(below));
            assertThat(wb.row(sheet, "All compared").get("Local authorities\n(number)"))
                    .isEqualTo(String.valueOf(improved + kept + declined + below));
        }
    }

    record Comparison(long improved, long kept, long declined, long below) {
    }

    /** Each authority's latest ILACS overall grade against its first, as Ofsted compares them. */
    private static Comparison compare(Map<String, List<Map<String, String>>> byAuthority) {
        List<String> grades = List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
        long improved = 0;
        long kept = 0;
        long declined = 0;
        long below = 0;
        for (List<Map<String, String>> list : byAuthority.values()) {
            if (list.size() < 2) {
                continue;
            }
            list.sort(Comparator.comparing(m -> m.get("inspection_date")));
            int first = grades.indexOf(list.get(0).get("overall_effectiveness"));
            int last = grades.indexOf(list.get(list.size() - 1).get("overall_effectiveness"));
            if (last < first) {
                improved++;
            } else if (last > first) {
                declined++;
            } else if (first <= 1) {
                kept++;
            } else {
                below++;
            }
        }
        return new Comparison(improved, kept, declined, below);
    }

    @Test
    void faultyVisitRowsAreListedWithTheirLinesAndAVisitWrittenTwiceCountsOnce() throws Exception {
        RunOutcome outcome = runWithVisits(bundledInspections(), fixture("visits-bad.csv"), "2025-03-31", "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            String quality = wb.sheetOf("data_quality");
            Map<String, String> badDate = onlyProblem(wb, quality, "3");
            assertThat(badDate).containsEntry("Outcome", "Rejected").containsEntry("Column", "visit_date")
                    .containsEntry("Value", "31/02/2022");
            assertThat(badDate.get("Reason")).contains("is not a date");
            assertThat(problems(wb, quality, "4")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).containsEntry("Outcome", "Rejected"))
                    .anySatisfy(r -> assertThat(r.get("Value")).isIn("999", "Atlantis"));
            Map<String, String> badType = onlyProblem(wb, quality, "5");
            assertThat(badType).containsEntry("Outcome", "Rejected").containsEntry("Column", "visit_type")
                    .containsEntry("Value", "Surprise visit");
            assertThat(badType.get("Reason")).contains("is not a visit type");
            Map<String, String> twice = onlyProblem(wb, quality, "6");
            assertThat(twice.get("Reason")).contains("the same visit").contains("line 2").contains("counted once");
            Map<String, String> noVisitDate = onlyProblem(wb, quality, "7");
            assertThat(noVisitDate).containsEntry("Outcome", "Loaded with a warning");
            assertThat(noVisitDate.get("Reason")).contains("publication date (2024-05-15) stands in");
            assertThat(wb.rowsWhere(quality, "Line\n(number)", "8")).isEmpty();

            Map<String, String> monitoring = themeRow(wb, wb.sheetOf("visits_by_type"), "Monitoring visit", "All "
                    + "themes");
            assertThat(monitoring.get("2021 to 2022\n(number)")).isEqualTo("1");
            assertThat(monitoring.get("All years\n(number)")).isEqualTo("2");
            assertThat(themeRow(wb, wb.sheetOf("visits_by_type"), "Focused visit", "Theme not given").get("All "
                    + "years\n(number)"))
                    .isEqualTo("1");
            assertThat(SpendJobContract.coverText(wb)).contains("7 rows read, 3 loaded, 4 rejected, 1 loaded with a "
                    + "warning");
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
    }

    /**
     * Issue 14's regression guard for visits: the search for copies of a visit once searched every earlier line of
     * the file for each row, and one visit written 20,000 times took 398 s to reconcile. Only what happened to each
     * row is asserted, never time.
     */
    @Test
    void aVisitWrittenTwentyThousandTimesCountsOnceAndEveryCopyNamesTheFirstLine() throws Exception {
        int copies = 20_000;
        Path visits = firstRowCopied(bundledVisits(), copies, "one-visit-20000-times.csv");

        RunOutcome outcome = runWithVisits(bundledInspections(), visits, "2025-03-31", "2025-03-31");

        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class)).isOne();
        List<Long> rejected = jdbc.queryForList("SELECT line_number FROM rejected_row WHERE source_kind = 'visits' "
                + "AND reason LIKE '%as line 2:%' ORDER BY line_number", Long.class);
        // the header is line 1 and the visit first written on line 2: every later line is a copy
        List<Long> copiesLines = new ArrayList<>();
        for (long line = 3; line <= copies + 1; line++) {
            copiesLines.add(line);
        }
        assertThat(rejected).isEqualTo(copiesLines);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE source_kind = 'visits'", Long.class))
                .isEqualTo(copies - 1L);
    }

    @Test
    void aVisitsFileWithoutAVisitTypeColumnFailsWithOneLineAndLeavesTheLastReport() throws Exception {
        assertThat(runWithVisits(bundledInspections(), bundledVisits(), "2025-03-31", "2025-03-31").exitCode())
                .isZero();
        byte[] before = Files.readAllBytes(report());
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(fixture("visits-no-type.csv"), "has no visit type column");
        expected.put(work.resolve("missing-visits.csv"),
                "Ofsted visits file " + work.resolve("missing-visits.csv") + " does not exist");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            RunOutcome outcome = runWithVisits(bundledInspections(), e.getKey(), "2025-03-31", "2025-03-31");
            assertThat(outcome.exitCode()).as(e.getKey().toString()).isEqualTo(CommandLine.EXIT_INPUT);
            assertThat(outcome.message()).as(e.getKey().toString()).contains(e.getValue()).doesNotContain("\n");
            assertThat(Files.readAllBytes(report())).isEqualTo(before);
        }
    }

    private static Map<String, String> themeRow(WorkbookView wb, String sheet, String type, String theme) {
        List<Map<String, String>> rows = wb.rowsWhere(sheet, "Visit type", type).stream()
                .filter(r -> r.get("Theme").equals(theme)).toList();
        assertThat(rows).as(type + ", " + theme).hasSize(1);
        return rows.get(0);
    }

    private static Map<String, String> onlyProblem(WorkbookView wb, String sheet, String line) {
        List<Map<String, String>> rows = wb.rowsWhere(sheet, "Line\n(number)", line).stream()
                .filter(r -> r.get("Input file").equals("visits-bad.csv")).toList();
        assertThat(rows).as("line " + line + ": " + rows).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, String>> problems(WorkbookView wb, String sheet, String line) {
        return wb.rowsWhere(sheet, "Line\n(number)",
                line).stream().filter(r -> r.get("Input file").equals("visits-bad.csv")).toList();
    }
}
