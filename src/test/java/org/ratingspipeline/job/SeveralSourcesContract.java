package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.WorkbookView;

/**
 * Several inspection files in one run (fixtures/source-a.csv in Ofsted's layout, source-b.csv in
 * the scrape's): an inspection both carry counts once, from the first file in the run's order;
 * where they disagree the data-quality table lists both values; a row whose grade the second file
 * could not read is counted from the first; every row is accounted for. And the April 2026 reform:
 * an inspection from 1 April 2026 without an overall grade is valid, one before is not. Runs once
 * per database through the subclasses.
 */
abstract class SeveralSourcesContract extends JobTestSupport {

    private static final String COUNT = "Local authorities\n(number)";

    @Test
    void anInspectionBothFilesCarryCountsOnceFromTheFirstAndEveryDisagreementIsListed() throws IOException {
        Path a = fixture("source-a.csv");
        Path b = fixture("source-b.csv");
        RunOutcome outcome = run(List.of(a, b), "2026-08-31", "2026-08-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        // a: 4 rows, all loaded. b: Croydon, Bromley and Southend taken from a; Brent 2026 loaded without an overall
        // grade; Barnsley 2023 (NaN, no other file has it) and Barking and Dagenham (no grade, March 2026) rejected.
        assertThat(outcome.message()).contains("source-a.csv 4 rows read, 4 loaded, 0 rejected (0 with warnings)")
                .contains("source-b.csv 6 rows read, 1 loaded, 2 rejected, 3 taken from another file");
        assertThat(jdbc.queryForList("SELECT rows_read - rows_loaded - rows_rejected - rows_from_other_source FROM "
                + "source_file_load", Long.class)).containsOnly(0L);

        try (WorkbookView wb = WorkbookView.open(report())) {
            List<Map<String, String>> taken = wb.rowsWhere("data_quality", "Outcome", "Taken from another file");
            assertThat(taken).extracting(r -> r.get("Line\n(number)") + " " + r.get("Value"))
                    .containsExactlyInAnyOrder("3 Outstanding", "4 NaN");
            assertThat(taken).allSatisfy(r -> assertThat(r.get("Input file")).isEqualTo("source-b.csv"));
            assertThat(taken.get(0).get("Reason") + taken.get(1).get("Reason")).contains("source-a.csv line 3 gives "
                    + "'Good'")
                    .contains("source-a.csv line 4 gives this inspection readably");
            List<Map<String, String>> rejected = wb.rowsWhere("data_quality", "Outcome", "Rejected");
            assertThat(rejected).extracting(r -> r.get("Line\n(number)")).containsExactlyInAnyOrder("6", "7");
            assertThat(rejected).extracting(r -> r.get("Reason")).anySatisfy(reason ->
                    assertThat(reason).isEqualTo("the overall effectiveness grade is missing"));

            assertThat(wb.row("national", "Good").get(COUNT)).isEqualTo("2");
            assertThat(wb.row("national", "Requires improvement").get(COUNT)).isEqualTo("1");
            assertThat(wb.row("national", "Outstanding").get(COUNT)).isEqualTo("0");
            assertThat(wb.row("national", "No overall effectiveness judgement").get(COUNT)).isEqualTo("1");
            Map<String, String> brent = wb.rowsWhere("authorities", "Local authority", "Brent").get(0);
            assertThat(brent.get("Overall effectiveness")).isEqualTo("[z]");
            assertThat(brent.get("Impact of leaders on social work practice (ILACS)")).isEqualTo("Good");
            assertThat(brent.get("Last overall effectiveness judgement, where the latest inspection gave none"))
                    .isEqualTo("Good");
            assertThat(brent.get("Inspection date of that judgement")).isEqualTo("20 Feb 2023");
        }
    }

    @Test
    void theOrderOfTheFilesDecidesWhichCopyCounts() throws IOException {
        RunOutcome outcome = run(List.of(fixture("source-b.csv"), fixture("source-a.csv")), "2026-08-31", "2026-08-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        // b first: its Croydon and Bromley count, and a's copies are taken from b; Southend's NaN row in b gives way
        // to a's readable row although a comes second.
        assertThat(outcome.message()).contains("source-b.csv 6 rows read, 3 loaded, 2 rejected, 1 taken from another "
                + "file")
                .contains("source-a.csv 4 rows read, 2 loaded, 0 rejected, 2 taken from another file");
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.rowsWhere("authorities", "Local authority", "Bromley").get(0).get("Overall effectiveness"))
                    .isEqualTo("Outstanding");
            assertThat(wb.rowsWhere("authorities", "Local authority", "Southend-on-Sea").get(0).get("Overall "
                    + "effectiveness"))
                    .isEqualTo("Requires improvement to be good");
        }
    }

    @Test
    void beforeTheReformTheSameAuthorityCountsItsLastOverallJudgementAsCurrent() throws IOException {
        RunOutcome outcome = run(List.of(fixture("source-a.csv"), fixture("source-b.csv")), "2026-03-31", "2026-06-30");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            // Brent's 2026 inspection began on 27 April, after the reporting date: its 2023 judgement is current.
            assertThat(wb.rowsWhere("authorities", "Local authority", "Brent").get(0).get("Overall effectiveness"))
                    .isEqualTo("Good");
            assertThat(wb.row("national", "Good").get(COUNT)).isEqualTo("3");
            assertThat(wb.table("national")).noneMatch(r -> r.get(0).startsWith("No overall effectiveness judgement"));
        }
    }
}
