package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.benchmarking.NeighboursDataset;
import org.ratingspipeline.report.check.WorkbookChecker;
import org.ratingspipeline.report.tidy.TidyDataChecker;

/**
 * The statistical neighbours table on the bundled data, read back from the workbook and compared
 * with the same figures worked out from the CSV files in the test. Runs once per database.
 */
abstract class NeighboursContract extends JobTestSupport {

    @Test
    void croydonAndBromleyAreBesideTheirNeighboursJudgementsAsTheCsvFilesGiveThem() throws Exception {
        RunOutcome outcome = run(bundledInspections(), "2025-03-31", "2025-06-30");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        IndependentNeighbours oracle =
                new IndependentNeighbours(LocalDate.parse("2025-03-31"), LocalDate.parse("2025-06-30"));
        try (WorkbookView wb = WorkbookView.open(report())) {
            String sheet = wb.sheetOf("neighbours");
            for (String code : List.of("306", "305")) {
                assertBesideItsNeighbours(oracle, only(wb, sheet, code), code);
            }
            // Authorities the model has no row for are listed, with [x] for their neighbours.
            assertThat(wb.rows(sheet)).hasSize(oracle.live.size());
            Map<String, String> nottingham = only(wb, sheet, "892");
            assertThat(nottingham.get("Neighbour 1")).isEqualTo("[x]");
            assertThat(nottingham.get("Neighbours counted\n(number)")).isEqualTo("[x]");
            assertThat(SpendJobContract.coverText(wb))
                    .contains("Statistical neighbours: DfE's children's services statistical neighbour model")
                    .contains("it is a model made after April 2023");
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();

        // The tidy CSV: the same figures, checked against the EES rules.
        Path data = reports.resolve(NeighboursDataset.NAME + ".csv");
        assertThat(new TidyDataChecker().check(data, reports.resolve(NeighboursDataset.NAME + ".meta.csv")))
                .isEmpty();
        Map<String, String> croydon = TidyCsv.read(data).rows().stream()
                .filter(r -> "306".equals(r.get("old_la_code")))
                .findFirst()
                .orElseThrow();
        assertThat(croydon)
                .containsEntry("neighbours_judged", "10")
                .containsEntry(
                        "neighbours_good_or_outstanding_percent",
                        IndependentNeighbours.share(oracle.neighbourGrades("306")))
                .containsEntry(
                        "england_good_or_outstanding_percent", IndependentNeighbours.share(oracle.gradesIn(null)));
    }

    /**
     * As at March 2022 Westmorland and Furness (Herefordshire's closest neighbour in a model made after
     * 2023) did not exist: Cumbria, whose area it was, is counted in its place, and the cell says so.
     */
    @Test
    void aNeighbourCreatedAfterTheReportingDateIsCountedAsTheAuthorityItWasMadeFrom() throws Exception {
        RunOutcome outcome = run(bundledInspections(), "2022-03-31", "2022-06-30");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        IndependentNeighbours oracle =
                new IndependentNeighbours(LocalDate.parse("2022-03-31"), LocalDate.parse("2022-06-30"));
        try (WorkbookView wb = WorkbookView.open(report())) {
            Map<String, String> herefordshire = only(wb, wb.sheetOf("neighbours"), "884");
            assertThat(herefordshire.get("Neighbour 1"))
                    .isEqualTo("Westmorland and Furness (943), created on 1 April 2023; " + "counted as Cumbria");
            assertThat(herefordshire.get("Neighbour 1 overall effectiveness judgement"))
                    .isEqualTo("Cumbria: " + oracle.grade.get("909"));
            assertThat(herefordshire.get("Neighbours that did not exist on the reporting date"))
                    .isEqualTo("Westmorland and Furness (943), created on 1 April 2023; counted as Cumbria");
            List<String> grades = oracle.neighbours.get("884").stream()
                    .map(c -> c.equals("943") ? "909" : c)
                    .map(oracle.grade::get)
                    .toList();
            assertThat(herefordshire.get("Neighbours counted\n(number)")).isEqualTo("10");
            assertThat(herefordshire.get("Neighbours good or outstanding\n(% of judged)"))
                    .isEqualTo(IndependentNeighbours.share(grades));
            // Staffordshire's ninth neighbour is the same authority, with the same stand-in.
            assertThat(only(wb, wb.sheetOf("neighbours"), "860").get("Neighbour 9"))
                    .endsWith("counted as Cumbria");
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
    }

    /**
     * Since April 2026 an inspection gives no overall judgement (Brent, inspected 27 April 2026): such a
     * neighbour is named with that, counted, and left out of the neighbours judged and of the share.
     */
    @Test
    void aNeighbourInspectedUnderThe2026ArrangementsIsCountedButNotJudged() throws Exception {
        RunOutcome outcome = run(bundledInspections(), "2026-08-22", "2026-08-22");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            // Ealing (307) lists Brent (304) fifth.
            Map<String, String> ealing = only(wb, wb.sheetOf("neighbours"), "307");
            assertThat(ealing.get("Neighbour 5")).isEqualTo("Brent");
            assertThat(ealing.get("Neighbour 5 overall effectiveness judgement"))
                    .isEqualTo("No overall judgement (2026 arrangements)");
            List<String> grades = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                grades.add(ealing.get("Neighbour " + i + " overall effectiveness judgement"));
            }
            List<String> judged = grades.stream()
                    .filter(g -> List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate")
                            .contains(g))
                    .toList();
            assertThat(ealing.get("Neighbours counted\n(number)")).isEqualTo("10");
            assertThat(ealing.get("Neighbours judged\n(number)")).isEqualTo(String.valueOf(judged.size()));
            assertThat(ealing.get("Neighbours good or outstanding\n(% of judged)"))
                    .isEqualTo(IndependentNeighbours.share(judged));
        }
        assertThat(WorkbookChecker.standard().check(report())).isEmpty();
    }

    /** The authority's row against its neighbours, region and England as the CSV files give them. */
    private static void assertBesideItsNeighbours(IndependentNeighbours oracle, Map<String, String> row, String code) {
        List<String> grades = new ArrayList<>();
        List<String> listed = oracle.neighbours.get(code);
        assertThat(listed).hasSize(10);
        for (int i = 0; i < listed.size(); i++) {
            IndependentNeighbours.Authority n = oracle.live.get(listed.get(i));
            assertThat(row.get("Neighbour " + (i + 1)))
                    .as(code + " neighbour " + (i + 1))
                    .isEqualTo(n.name());
            assertThat(row.get("Neighbour " + (i + 1) + " overall effectiveness judgement"))
                    .as(n.name())
                    .isEqualTo(oracle.grade.get(n.oldCode()));
            grades.add(oracle.grade.get(n.oldCode()));
        }
        long good = grades.stream()
                .filter(g -> g.equals("Good") || g.equals("Outstanding"))
                .count();
        assertThat(row.get("Overall effectiveness judgement")).isEqualTo(oracle.grade.get(code));
        assertThat(row.get("Neighbours counted\n(number)")).isEqualTo("10");
        assertThat(row.get("Neighbours judged\n(number)")).isEqualTo("10");
        assertThat(row.get("Neighbours good or outstanding\n(number)")).isEqualTo(String.valueOf(good));
        assertThat(row.get("Neighbours good or outstanding\n(% of judged)"))
                .isEqualTo(IndependentNeighbours.share(grades));
        assertThat(row.get("Region good or outstanding\n(% of judged)"))
                .isEqualTo(IndependentNeighbours.share(
                        oracle.gradesIn(oracle.live.get(code).region())));
        assertThat(row.get("England good or outstanding\n(% of judged)"))
                .isEqualTo(IndependentNeighbours.share(oracle.gradesIn(null)));
        assertThat(row.get("Neighbours that did not exist on the reporting date"))
                .isEqualTo("None");
    }

    private static Map<String, String> only(WorkbookView wb, String sheet, String oldCode) {
        List<Map<String, String>> rows = wb.rowsWhere(sheet, "Old LA code", oldCode);
        assertThat(rows).as(oldCode).hasSize(1);
        return rows.get(0);
    }
}
