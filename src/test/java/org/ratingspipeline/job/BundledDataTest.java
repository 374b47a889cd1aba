package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.FileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.JudgementsCrossCheck;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real Ofsted judgements bundled in input/, with their real faults, as a researcher runs them. */
class BundledDataTest extends JobTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }

    @Test
    void everyFaultOfTheRealFileEndsInTheDataQualityTableAndTheCountsMatchAnIndependentCount() throws Exception {
        RunOutcome outcome = run(bundledScrape(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(outcome.message()).contains("279 rows read, 275 loaded, 4 rejected (9 with warnings)");

        Map<String, Integer> expected = independentCount(LocalDate.parse("2025-03-31"));
        try (WorkbookView wb = WorkbookView.open(report())) {
            for (String grade : List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate")) {
                assertThat(wb.row("national", grade).get("Local authorities\n(number)")).as(grade)
                        .isEqualTo(String.valueOf(expected.get(grade)));
            }
            assertThat(wb.row("national", "All authorities judged").get("Local authorities\n(number)"))
                    .isEqualTo("151");

            Set<String> rejected = new TreeSet<>();
            Set<String> warned = new TreeSet<>();
            for (List<String> row : wb.table("data_quality").subList(1, wb.table("data_quality").size())) {
                (row.get(0).equals("Rejected") ? rejected : warned).add(row.get(5));
            }
            // No date: Brighton and Hove, Nottingham, Redcar; NaN grade: Southend 2019. Brent's and Somerset's NaN
            // (inspected 27 April 2026) are the reform of April 2026, which gives no overall judgement: loaded.
            assertThat(rejected).containsExactlyInAnyOrder("29", "170", "187", "214");
            // Predecessors' ONS codes (Buckinghamshire x2, Cumberland, Dorset x2, North Yorkshire, Somerset's 2026
            // inspection under the county's code, Westmorland and Furness) and a sentence in the framework column
            // (Wiltshire).
            assertThat(warned).containsExactlyInAnyOrder("33", "34", "55", "66", "67", "167", "209", "266", "269");
            assertThat(wb.rowsWhere("data_quality", "Line\n(number)", "266").get(0).get("Reason"))
                    .contains("Cumbria").contains("Westmorland and Furness");
            assertThat(wb.rowsWhere("authorities", "Local authority", "Cumberland").get(0).get("ONS code"))
                    .isEqualTo("E06000063");

            // The trend's last point is the reporting date's headline figure, and all three charts are drawn.
            List<List<String>> england = wb.table(wb.sheetOf("trend_england"));
            assertThat(england.get(england.size() - 1).get(0)).isEqualTo("31 March 2025");
            assertThat(england.get(england.size() - 1).get(2)).isEqualTo("151");
            assertThat(wb.sheetNames()).contains("Chart_1", "Chart_2", "Chart_3");
        }
    }

    @Test
    void theTidyCsvCarriesTheWorkbooksFiguresForEnglandEveryRegionAndEveryAuthority() throws Exception {
        RunOutcome outcome = run(bundledScrape(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        TidyCsv csv = TidyCsv.read(reports.resolve("ofsted_la_childrens_services_judgements.csv"));
        try (WorkbookView wb = WorkbookView.open(report())) {
            int compared = JudgementsCrossCheck.assertSameFigures(wb, csv);
            // 5 ILACS areas: 9 national + 10 x 12 regional figures for overall effectiveness, 5 x 14 by area,
            // 153 authorities x 5 areas x 8 levels, and the sums: well over six thousand.
            assertThat(compared).isGreaterThan(6_000);
        }
        Map<String, Integer> expected = independentCount(LocalDate.parse("2025-03-31"));
        for (String grade : List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate")) {
            assertThat(csv.national("Overall effectiveness", grade).get("la_count")).as(grade)
                    .isEqualTo(String.valueOf(expected.get(grade)));
        }
        assertThat(csv.rows()).allSatisfy(r -> {
            assertThat(r.get("time_period")).isEqualTo("2025");
            assertThat(r.get("time_identifier")).isEqualTo("Reporting year");
        });
    }

    @Test
    void theFirstIlacsYearIsCountedFromOfstedsOwnSifAndIlacsTables() throws IOException {
        RunOutcome outcome = run(bundledInspections(), "2018-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.text("Cover", "A5")).contains("Judgements of November 2013 to March 2025 are Ofsted's own "
                    + "official statistics");
            // Every authority had had its SIF inspection by then (the last first inspections were published in December
            // 2017); only Rochdale's ILACS report (inspected 29 January, published 12 March 2018) was out.
            assertThat(wb.row("national", "All authorities judged").get("Local authorities\n(number)"))
                    .isEqualTo("152");
            assertThat(wb.rowsWhere("authorities", "Framework", "ILACS")).extracting(r -> r.get("Local authority"))
                    .containsExactly("Rochdale");
            assertThat(wb.row("national", "All authorities in the register").get("Local authorities\n(number)"))
                    .isEqualTo("152");
        }
    }

    /** Latest judgement per old LA code published by the date, from the CSV alone (the file's old codes are right). */
    private static Map<String, Integer> independentCount(LocalDate asOf) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        latestGrades(asOf).values().forEach(grade -> counts.merge(grade, 1, Integer::sum));
        return counts;
    }

    /** Each old LA code's latest overall effectiveness grade published by the date, as the workbook labels it. */
    static Map<String, String> latestGrades(LocalDate asOf) throws Exception {
        Map<String, String[]> latest = new HashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (CSVReader csv = new CSVReader(new FileReader(bundledScrape().toFile(), StandardCharsets.UTF_8))) {
            csv.readNext();
            for (String[] r : csv) {
                String published = r[7];
                String overall = r[8];
                if (published.isEmpty() || overall.equals("NaN")) {
                    continue;
                }
                if (LocalDate.parse(published, format).isAfter(asOf)) {
                    continue;
                }
                String[] best = latest.get(r[1]);
                if (best == null || LocalDate.parse(best[7], format).isBefore(LocalDate.parse(published, format))) {
                    latest.put(r[1], r);
                }
            }
        }
        Map<String, String> label = Map.of("outstanding", "Outstanding", "good", "Good",
                "requires improvement", "Requires improvement to be good", "inadequate", "Inadequate");
        Map<String, String> grades = new HashMap<>();
        latest.forEach((code, r) -> grades.put(code, label.get(r[8])));
        return grades;
    }
}
