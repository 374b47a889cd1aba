package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.finance.SpendDataset;
import org.ratingspipeline.report.tidy.TidyDataChecker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real spend figures bundled in input/ beside the real judgements, as a researcher runs them:
 * the national, regional and by-judgement tables against a recomputation from the CSV alone.
 */
class BundledSpendTest extends JobTestSupport {

    private static final List<String> YEARS = List.of("2021 to 2022", "2022 to 2023", "2023 to 2024");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }

    @Test
    void nationalAndRegionalFiguresEqualARecomputationFromTheFile() throws Exception {
        RunOutcome outcome = run(bundledInspections(), bundledSpend(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(outcome.message()).contains("spend.csv 442 rows read, 442 loaded, 0 rejected (0 with warnings)");

        List<IndependentSpend.Row> rows = IndependentSpend.read(bundledSpend(), null);
        try (WorkbookView wb = WorkbookView.open(report())) {
            String national = wb.sheetOf("spend_national");
            for (String year : YEARS) {
                assertThat(IndependentSpend.summaryOf(wb.row(national, year))).as(year)
                        .isEqualTo(IndependentSpend.summary(rows.stream().filter(r -> r.year().equals(year)).toList()));
            }
            assertThat(IndependentSpend.summaryOf(wb.row(national, "All 3 financial years")))
                    .isEqualTo(IndependentSpend.summary(rows));
            // The figures tools/spend/PROVENANCE.md gives for the file, in £ million.
            assertThat(wb.row(national, "2021 to 2022").get("Overspend\n(£ million)")).isEqualTo("920.3");
            assertThat(wb.row(national, "2022 to 2023").get("Overspend\n(£ million)")).isEqualTo("1,681.9");
            assertThat(wb.row(national, "2023 to 2024").get("Overspend\n(£ million)")).isEqualTo("1,833.9");
            assertThat(wb.row(national, "All 3 financial years").get("Overspend\n(£ million)")).isEqualTo("4,436.1");

            // The regions add up to England.
            long authorityYears = wb.rows(wb.sheetOf("spend_regions")).stream()
                    .filter(r -> r.get("Financial year").equals("All 3 financial years"))
                    .mapToLong(r -> Long.parseLong(r.get("Authorities with spend data\n(number)"))).sum();
            assertThat(authorityYears).isEqualTo(442);

            String sha256 =
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(bundledSpend())));
            assertThat(SpendJobContract.coverText(wb)).contains("Children's social care spend: spend.csv")
                    .contains(sha256)
                    .contains("442 rows read, 442 loaded, 0 rejected").contains("MHCLG, Local authority revenue "
                    + "expenditure and financing");
        }
        // with a spend file and without a visits file
        TableCatalogue.assertListed(report(), new TableCatalogue.Inputs(true, false, List.of()));
    }

    /**
     * The tidy CSV's national and regional pounds, rounded to £ million as the workbook shows them,
     * and its percentages equal the workbook's national and regional spend tables, year by year.
     */
    @Test
    void theSpendCsvCarriesTheWorkbooksNationalAndRegionalFiguresForEachYear() throws Exception {
        RunOutcome outcome = run(bundledInspections(), bundledSpend(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        Path data = reports.resolve(SpendDataset.NAME + ".csv");
        assertThat(new TidyDataChecker().check(data, reports.resolve(SpendDataset.NAME + ".meta.csv"))).isEmpty();
        TidyCsv csv = TidyCsv.read(data);
        assertThat(csv.rows()).filteredOn(r -> r.get("geographic_level").equals("Local authority")).as("one row per "
                + "spend row")
                .hasSize(442);
        try (WorkbookView wb = WorkbookView.open(report())) {
            String national = wb.sheetOf("spend_national");
            String regions = wb.sheetOf("spend_regions");
            int compared = 0;
            for (Map<String, String> row : csv.rows()) {
                if (row.get("geographic_level").equals("Local authority")) {
                    continue;
                }
                String year = YEARS.get(List.of("202122", "202223", "202324").indexOf(row.get("time_period")));
                Map<String, String> shown = row.get("geographic_level").equals("National") ? wb.row(national, year)
                        : wb.rows(regions).stream().filter(r -> r.get("Region code").equals(row.get("region_code"))
                                && r.get("Financial year").equals(year)).findFirst().orElseThrow();
                String where = row.get("geographic_level") + " " + row.get("region_name") + " " + year;
                assertThat(millions(row.get("budget_gbp"))).as(where).isEqualTo(shown.get("Budget\n(£ million)"));
                assertThat(millions(row.get("outturn_gbp"))).as(where).isEqualTo(shown.get("Outturn\n(£ million)"));
                assertThat(millions(row.get("overspend_gbp"))).as(where).isEqualTo(shown.get("Overspend\n(£ million)"));
                assertThat(row.get("overspend_percent")).as(where).isEqualTo(shown.get("Overspend\n(% of budget)"));
                assertThat(row.get("la_count")).as(where).isEqualTo(shown.get("Authorities with budget and "
                        + "outturn\n(number)"));
                compared++;
            }
            assertThat(compared).as("England and 9 regions in 3 years").isEqualTo(30);
        }
        // The figures tools/spend/PROVENANCE.md gives, now from the CSV alone.
        assertThat(csv.rows()).filteredOn(r -> r.get("geographic_level").equals("National"))
                .extracting(r -> r.get("time_period") + " " + millions(r.get("overspend_gbp")))
                .containsExactly("202122 920.3", "202223 1,681.9", "202324 1,833.9");
    }

    /** Pounds as the workbook's £ million cells read: one decimal place, thousands separated. */
    private static String millions(String pounds) {
        return String.format(Locale.UK, "%,.1f",
                new BigDecimal(pounds).movePointLeft(6).setScale(1, RoundingMode.HALF_UP));
    }

    @Test
    void overspendByLatestJudgementEqualsARecomputationAsAtEachDate() throws Exception {
        for (String asOf : List.of("2025-03-31", "2024-03-31")) {
            // The scrape alone, whose latest grades BundledDataTest recomputes from the file.
            RunOutcome outcome = run(bundledScrape(), bundledSpend(), asOf);
            assertThat(outcome.exitCode()).as(outcome.message()).isZero();
            Map<String, String> grades = BundledDataTest.latestGrades(LocalDate.parse(asOf));
            // Joined: spend of an authority with a judgement by the date (Cumbria has none: it was gone by then).
            List<IndependentSpend.Row> joined = IndependentSpend.read(bundledSpend(), null).stream()
                    .filter(r -> grades.containsKey(r.oldCode())).toList();
            try (WorkbookView wb = WorkbookView.open(report())) {
                SpendJobContract.assertGradeTable(wb, joined, grades, YEARS);
                List<Map<String, String>> left = wb.rows(wb.sheetOf("spend_reconciliation"));
                assertThat(joined.size() + left.size()).as(asOf + ": joined + reconciliation = loaded").isEqualTo(442);
                assertThat(new TreeSet<>(left.stream().map(r -> r.get("Local authority")).toList())).as(asOf)
                        .contains("Cumbria");
            }
        }
    }

    /**
     * As at 22 August 2026 eleven authorities' latest inspection gave no overall judgement (the scrape marks it
     * {@code not_reported_post_reform}): their spend rows are listed with that reason, never as "no judgement".
     */
    @Test
    void spendOfAnAuthorityInspectedUnderThe2026ArrangementsIsListedAsSuch() throws Exception {
        RunOutcome outcome = run(bundledInspections(), bundledSpend(), "2026-08-22");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        TreeSet<String> reformed = new TreeSet<>();
        for (Map<String, String> row : VisitsContract.csv(
                Path.of("input/inspections/04-ilacs-scrape-history-to-2026-08-22.csv"))) {
            if (row.get("overall_effectiveness_grade").equals("not_reported_post_reform")) {
                reformed.add(row.get("local_authority"));
            }
        }
        assertThat(reformed).as("authorities the scrape marks").hasSize(11);
        try (WorkbookView wb = WorkbookView.open(report())) {
            List<Map<String, String>> left = wb.rows(wb.sheetOf("spend_reconciliation"));
            TreeSet<String> listed = new TreeSet<>();
            for (Map<String, String> r : left) {
                if (reason(r).startsWith("No overall effectiveness judgement")) {
                    listed.add(r.get("Local authority").toLowerCase(Locale.ROOT));
                    assertThat(r.get("Detail")).contains("2026 arrangements");
                }
            }
            // Somerset's spend rows are the county's and the new unitary's; both names are Somerset
            assertThat(listed).as("authorities listed for want of an overall judgement").isEqualTo(reformed);
            assertThat(left).noneMatch(r -> reformed.contains(r.get("Local authority").toLowerCase(Locale.ROOT))
                    && reason(r).startsWith("No judgement"));
        }
    }

    /** The reason column, whose header carries a note marker that depends on the tables present. */
    private static String reason(Map<String, String> row) {
        return row.entrySet().stream().filter(e -> e.getKey().startsWith("Reason")).findFirst().orElseThrow()
                .getValue();
    }
}
