package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.FileReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.benchmarking.SpendPerChildDataset;
import org.ratingspipeline.report.check.WorkbookChecker;
import org.ratingspipeline.report.tidy.TidyDataChecker;

/**
 * Spend per child, ranks, quartile bands, neighbours' medians and the judgement in force each year,
 * on a fixture whose figures tie on purpose (three authorities spend £1,000 a child in 2022 to 2023,
 * three overspend by 8.0%) and whose Croydon is re-graded in the middle of 2022 to 2023. Every figure
 * is worked out here from the fixture and the population file, without the pipeline's code.
 */
abstract class SpendPerChildContract extends JobTestSupport {

    private static final Path POPULATION =
            Path.of("src/main/resources/benchmarking/child-population-0-17-2012-2024.csv");
    private static final List<String> CROYDON_NEIGHBOURS =
            List.of("209", "320", "383", "870", "826", "882", "302", "852", "355", "203");

    /** One fixture row worked out: spend per child in whole pounds, overspend % to one decimal place. */
    private record Expected(
            String code, String name, int year, long children, BigDecimal perChild, BigDecimal overspend) {}

    @Test
    void spendPerChildRanksBandsAndMediansEqualARecomputationFromTheFiles() throws Exception {
        RunOutcome outcome = run(fixture("in-force.csv"), fixture("spend-per-child.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        List<Expected> expected = expected(work.resolve("spend-per-child.csv"));
        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("spend_per_child_authorities");
            assertThat(wb.rows(sheet)).hasSize(expected.size());
            for (Expected e : expected) {
                assertRecomputed(wb, sheet, e, expected);
            }
            assertCroydonBesideItsNeighbours(wb, sheet, expected);
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
    }

    @Test
    void eachYearsSpendIsBesideTheJudgementInForceAtItsStartAndAnyPublishedDuringIt() throws Exception {
        RunOutcome outcome = run(fixture("in-force.csv"), fixture("spend-per-child.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("spend_per_child_authorities");
            Map<String, String> croydon = croydon2022(wb, sheet);
            assertThat(croydon.get("Overall effectiveness judgement in force at the start of the year"))
                    .isEqualTo("Good");
            assertThat(croydon.get("Judgements published during the year"))
                    .isEqualTo(
                            "Requires improvement to be good (inspected 7 November 2022, published 20 January 2023)");
            Map<String, String> croydon2023 = wb.rowsWhere(sheet, "Local authority", "Croydon").stream()
                    .filter(r -> r.get("Financial year").equals("2023 to 2024"))
                    .findFirst()
                    .orElseThrow();
            assertThat(croydon2023.get("Overall effectiveness judgement in force at the start of the year"))
                    .isEqualTo("Requires improvement to be good");
            assertThat(croydon2023.get("Judgements published during the year")).isEqualTo("None");
            // Lewisham was inspected in March 2022 but the report came out on 25 April: the 2019 grade was in force on
            // 1 April.
            Map<String, String> lewisham = wb.rowsWhere(sheet, "Local authority", "Lewisham").stream()
                    .filter(r -> r.get("Financial year").equals("2022 to 2023"))
                    .findFirst()
                    .orElseThrow();
            assertThat(lewisham.get("Overall effectiveness judgement in force at the start of the year"))
                    .isEqualTo("Requires improvement to be good");
            assertThat(lewisham.get("Judgements published during the year"))
                    .isEqualTo("Good (inspected 7 March 2022, published 25 April 2022)");
            // Kent's first judgement in the fixture came in July 2022.
            assertThat(wb.rowsWhere(sheet, "Local authority", "Kent")
                            .get(0)
                            .get("Overall effectiveness judgement in force at the start of the year"))
                    .isEqualTo("No judgement published by 1 April 2022");
        }
    }

    /** The fixture's judgements in force on 1 April 2022, read off in-force.csv by hand. */
    private static final Map<String, String> IN_FORCE_APRIL_2022 = Map.of(
            "306",
            "Good",
            "305",
            "Outstanding",
            "209",
            "Requires improvement to be good",
            "320",
            "Good",
            "383",
            "None",
            "870",
            "Requires improvement to be good",
            "826",
            "Good",
            "882",
            "Requires improvement to be good",
            "302",
            "Good",
            "886",
            "None");

    @Test
    void spendPerChildByTheJudgementInForceAtTheYearsStartEqualsARecomputation() throws Exception {
        RunOutcome outcome = run(fixture("in-force.csv"), fixture("spend-per-child.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        Path spend = work.resolve("spend-per-child.csv");
        List<Expected> y2022 =
                expected(spend).stream().filter(e -> e.year() == 2022).toList();
        try (WorkbookView wb = WorkbookView.open(report())) {
            List<Map<String, String>> rows = wb.rows(wb.sheetOf("spend_per_child_by_judgement_in_force"));
            for (String grade : List.of("Outstanding", "Good", "Requires improvement to be good", "None")) {
                List<Expected> in = y2022.stream()
                        .filter(e -> IN_FORCE_APRIL_2022.get(e.code()).equals(grade))
                        .toList();
                String label = grade.equals("None") ? "No judgement published by the start of the year" : grade;
                Map<String, String> row = groupRow(rows, label);
                assertThat(row.get("Authorities with spend\n(number)"))
                        .as(grade)
                        .isEqualTo(String.valueOf(in.size()));
                assertThat(row.get("Spend per child\n(£)")).as(grade).isEqualTo(pounds(total(spend, in)));
                assertThat(row.get("Median spend per child\n(£)"))
                        .as(grade)
                        .isEqualTo(pounds(
                                median(in.stream().map(Expected::perChild).toList())
                                        .setScale(0, RoundingMode.HALF_UP)));
            }
            // Nobody was inadequate on 1 April 2022: the group is listed with no figures.
            Map<String, String> inadequate = groupRow(rows, "Inadequate");
            assertThat(inadequate.get("Authorities with spend\n(number)")).isEqualTo("0");
            assertThat(inadequate.get("Spend per child\n(£)")).isEqualTo("[z]");
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
    }

    private static Map<String, String> groupRow(List<Map<String, String>> rows, String label) {
        return rows.stream()
                .filter(r -> r.get("Overall effectiveness judgement in force at the start of the year")
                                .equals(label)
                        && r.get("Financial year").equals("2022 to 2023"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void englandsSpendPerChildIsTotalOutturnOverTotalChildrenInTheWorkbookAndTheTidyCsv() throws Exception {
        RunOutcome outcome = run(fixture("in-force.csv"), fixture("spend-per-child.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            // England's row of the areas table: total outturn over total children.
            Map<String, String> england = wb.rows(wb.sheetOf("spend_per_child")).stream()
                    .filter(r -> r.get("Area").equals("England")
                            && r.get("Financial year").equals("2022 to 2023"))
                    .findFirst()
                    .orElseThrow();
            List<Expected> y2022 = expected(work.resolve("spend-per-child.csv")).stream()
                    .filter(e -> e.year() == 2022)
                    .toList();
            assertThat(england.get("Spend per child\n(£)"))
                    .isEqualTo(pounds(total(work.resolve("spend-per-child.csv"), y2022)));
            assertThat(england.get("Authorities with outturn and estimate\n(number)"))
                    .isEqualTo("10");
            assertThat(england.get("Population estimate used")).isEqualTo("Mid-2022");

            // The tidy CSV carries the same figures, and passes the EES checks.
            Path data = reports.resolve(SpendPerChildDataset.NAME + ".csv");
            assertThat(new TidyDataChecker().check(data, reports.resolve(SpendPerChildDataset.NAME + ".meta.csv")))
                    .isEmpty();
            TidyCsv csv = TidyCsv.read(data);
            Map<String, String> national = csv.rows().stream()
                    .filter(r -> r.get("geographic_level").equals("National")
                            && r.get("time_period").equals("202223"))
                    .findFirst()
                    .orElseThrow();
            assertThat(String.format(Locale.UK, "%,d", Long.parseLong(national.get("spend_per_child_gbp"))))
                    .isEqualTo(england.get("Spend per child\n(£)"));
            Map<String, String> croydonCsv = csv.rows().stream()
                    .filter(r -> "Croydon".equals(r.get("la_name"))
                            && r.get("time_period").equals("202223"))
                    .findFirst()
                    .orElseThrow();
            Expected expected = expected(work.resolve("spend-per-child.csv")).get(0);
            assertThat(croydonCsv)
                    .containsEntry("spend_per_child_gbp", expected.perChild().toPlainString())
                    .containsEntry("children_0_17", String.valueOf(expected.children()))
                    .containsEntry("la_count", "1");
        }
    }
    /** One authority-year's figures, rank and band against the same worked out from the fixture. */
    private static void assertRecomputed(WorkbookView wb, String sheet, Expected e, List<Expected> expected) {
        List<Expected> year =
                expected.stream().filter(o -> o.year() == e.year()).toList();
        List<BigDecimal> perChild = year.stream().map(Expected::perChild).toList();
        List<BigDecimal> overspend = year.stream().map(Expected::overspend).toList();
        Map<String, String> row = wb.rowsWhere(sheet, "Local authority", e.name()).stream()
                .filter(r -> r.get("Financial year").startsWith(String.valueOf(e.year())))
                .findFirst()
                .orElseThrow();
        String where = e.name() + " " + e.year();
        assertThat(row.get("Children aged 0 to 17\n(number)"))
                .as(where)
                .isEqualTo(String.format(Locale.UK, "%,d", e.children()));
        assertThat(row.get("Spend per child\n(£)")).as(where).isEqualTo(pounds(e.perChild()));
        assertThat(row.get("Rank of spend per child, 1 = highest\n(rank)"))
                .as(where)
                .isEqualTo(rank(e.perChild(), perChild));
        assertThat(row.get("Quartile band of spend per child (A lowest to D highest)"))
                .as(where)
                .isEqualTo(band(e.perChild(), perChild));
        assertThat(row.get("Overspend\n(% of budget)"))
                .as(where)
                .isEqualTo(e.overspend().toPlainString());
        assertThat(row.get("Rank of overspend, 1 = highest\n(rank)"))
                .as(where)
                .isEqualTo(rank(e.overspend(), overspend));
        assertThat(row.get("Quartile band of overspend (A lowest to D highest)"))
                .as(where)
                .isEqualTo(band(e.overspend(), overspend));
        assertThat(row.get("Authorities ranked by spend per child\n(number)")).isEqualTo(String.valueOf(year.size()));
    }

    /** Ties share a rank; Croydon's neighbours' medians and England's figure, worked out from the fixture. */
    private void assertCroydonBesideItsNeighbours(WorkbookView wb, String sheet, List<Expected> expected)
            throws Exception {
        Map<String, String> croydon = croydon2022(wb, sheet);
        // Ties: Croydon, Lewisham and Barnet spend £1,000 a child, below Reading and Waltham Forest: all three
        // third.
        assertThat(croydon.get("Rank of spend per child, 1 = highest\n(rank)")).isEqualTo("3");
        assertThat(wb.rowsWhere(sheet, "Local authority", "Southend-on-Sea")
                        .get(0)
                        .get("Rank of spend per child, 1 = highest\n(rank)"))
                .as("the next rank skips")
                .isEqualTo("6");
        // Croydon's neighbours in the fixture: seven of its ten.
        List<Expected> neighbours = expected.stream()
                .filter(e -> e.year() == 2022 && CROYDON_NEIGHBOURS.contains(e.code()))
                .toList();
        assertThat(neighbours).hasSize(7);
        assertThat(croydon.get("Neighbours' median spend per child\n(£)"))
                .isEqualTo(pounds(
                        median(neighbours.stream().map(Expected::perChild).toList())
                                .setScale(0, RoundingMode.HALF_UP)));
        assertThat(croydon.get("Neighbours' median overspend\n(% of budget)"))
                .isEqualTo(median(neighbours.stream().map(Expected::overspend).toList())
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString());
        List<Expected> y2022 = expected.stream().filter(e -> e.year() == 2022).toList();
        assertThat(croydon.get("England spend per child\n(£)"))
                .isEqualTo(pounds(total(work.resolve("spend-per-child.csv"), y2022)));
    }

    private static Map<String, String> croydon2022(WorkbookView wb, String sheet) {
        return wb.rowsWhere(sheet, "Local authority", "Croydon").stream()
                .filter(r -> r.get("Financial year").equals("2022 to 2023"))
                .findFirst()
                .orElseThrow();
    }

    private static List<Expected> expected(Path spend) throws Exception {
        Map<String, Long> population = population();
        List<Expected> result = new ArrayList<>();
        for (String[] r : csv(spend)) {
            int year = Integer.parseInt(r[2].substring(0, 4));
            long children = population.get(r[0] + "/" + year);
            BigDecimal budget = new BigDecimal(r[3]);
            BigDecimal outturn = new BigDecimal(r[4]);
            result.add(new Expected(
                    r[0],
                    r[1],
                    year,
                    children,
                    outturn.divide(BigDecimal.valueOf(children), 0, RoundingMode.HALF_UP),
                    outturn.subtract(budget)
                            .multiply(BigDecimal.valueOf(100))
                            .divide(budget, MathContext.DECIMAL64)
                            .setScale(1, RoundingMode.HALF_UP)));
        }
        return result;
    }

    /** Spend per child of a group: the outturn of its authorities' rows in their year over their children. */
    private static BigDecimal total(Path spend, List<Expected> group) throws Exception {
        BigDecimal outturn = BigDecimal.ZERO;
        for (String[] r : csv(spend)) {
            for (Expected e : group) {
                if (r[0].equals(e.code()) && r[2].startsWith(String.valueOf(e.year()))) {
                    outturn = outturn.add(new BigDecimal(r[4]));
                }
            }
        }
        long children = group.stream().mapToLong(Expected::children).sum();
        return outturn.divide(BigDecimal.valueOf(children), 0, RoundingMode.HALF_UP);
    }

    private static Map<String, Long> population() throws Exception {
        Map<String, Long> result = new HashMap<>();
        for (String[] r : csv(POPULATION)) {
            if (r[2].equals("Local authority") && !r[11].equals("x")) {
                result.put(r[7] + "/" + r[0], Long.parseLong(r[11]));
            }
        }
        return result;
    }

    private static List<String[]> csv(Path file) throws Exception {
        try (CSVReader reader = new CSVReader(new FileReader(file.toFile(), StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.readAll();
            return rows.subList(1, rows.size());
        }
    }

    /** Competition ranking, highest first: how many figures are strictly higher, plus one. */
    private static String rank(BigDecimal value, List<BigDecimal> all) {
        int higher = 0;
        for (BigDecimal v : all) {
            higher += v.compareTo(value) > 0 ? 1 : 0;
        }
        return String.valueOf(higher + 1);
    }

    /** LAIT's bands: A at or below the lower quartile ... D above the upper, quartiles as R's type 7. */
    private static String band(BigDecimal value, List<BigDecimal> all) {
        String[] bands = {"A", "B", "C"};
        for (int q = 1; q <= 3; q++) {
            if (value.compareTo(type7(all, q)) <= 0) {
                return bands[q - 1];
            }
        }
        return "D";
    }

    /** The q-th quartile: 1 + (n - 1) q / 4 as a position into the sorted figures, interpolated. */
    private static BigDecimal type7(List<BigDecimal> all, int q) {
        List<BigDecimal> s = all.stream().sorted().toList();
        BigDecimal position = BigDecimal.valueOf(s.size() - 1L)
                .multiply(BigDecimal.valueOf(q))
                .divide(BigDecimal.valueOf(4));
        int whole = position.intValue();
        BigDecimal rest = position.subtract(BigDecimal.valueOf(whole));
        BigDecimal low = s.get(whole);
        return whole + 1 < s.size() ? low.add(s.get(whole + 1).subtract(low).multiply(rest)) : low;
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    private static String pounds(BigDecimal value) {
        return String.format(Locale.UK, "%,d", value.longValueExact());
    }
}
