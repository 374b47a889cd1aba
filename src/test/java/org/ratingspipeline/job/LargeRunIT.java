package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.WorkbookView;

/**
 * A guard against memory regressions: the packaged jar on 100 thousand generated rows with the
 * heap capped at 256 MB, as the benchmark runs it, must finish with every row accounted for.
 * (Speed is measured by bench/run.sh, never asserted here.)
 */
class LargeRunIT {

    private static final int ROWS = 100_000;

    @Test
    void aHundredThousandRowsFitIn256MegabytesOfHeapWithEveryRowAccountedFor(@TempDir Path work) throws Exception {
        Path inspections = LargeFixture.write(work.resolve("history.csv"), ROWS);
        JarProcess.Result result = JarProcess.start(List.of("-Xmx256m"), work, "--inspections=" + inspections,
                "--as-of=2026-03-31").await();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        // Every 100th row of the fixture has the grade "Excellent".
        assertThat(result.stdout()).contains("history.csv 100000 rows read, 99000 loaded, 1000 rejected");
        try (WorkbookView wb = WorkbookView.open(work.resolve("reports/ratings-report.xlsx"))) {
            // The fixture gives every authority in the register on 1 June 2025 a judgement published by 2026.
            assertThat(wb.row("national", "Not yet inspected").get("Local authorities\n(number)")).isEqualTo("0");
            assertThat(wb.row("national", "All authorities judged").get("Local authorities\n(number)"))
                    .isEqualTo("153");
            List<List<String>> problems = wb.table("data_quality");
            assertThat(problems).hasSize(1 + 1000);
            assertThat(problems.get(1)).contains("Excellent");
        }
    }

    @Test
    void aFileWithOneRowInTenRepeatedHasEveryRepeatRejectedInPairsAndEveryRowAccountedFor(@TempDir Path work)
            throws Exception {
        // Every tenth row repeats the row before it: 2,000 pairs, both rows of each rejected, and the 200 rows
        // graded "Excellent" (none of them in a pair). The store once took hours over this shape: rows x duplicates.
        Path inspections = LargeFixture.write(work.resolve("repeated.csv"), 20_000, true);
        // Every rejected row listed (the default lists the first 2,000 of a long table), so that each is seen.
        JarProcess.Result result = JarProcess.start(List.of("-Xmx256m"), work, "--inspections=" + inspections,
                "--as-of=2026-03-31", "--ratings.report.max-table-rows=0").await();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("repeated.csv 20000 rows read, 15800 loaded, 4200 rejected");
        try (WorkbookView wb = WorkbookView.open(work.resolve("reports/ratings-report.xlsx"))) {
            List<List<String>> problems = wb.table("data_quality");
            assertThat(problems).hasSize(1 + 4200);
            assertThat(problems.stream().filter(r -> String.join(" ", r).contains("both rows rejected")))
                    .hasSize(4000);
        }
    }
}
