package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.WorkbookView;

/**
 * Nightly operation done for real: the packaged jar as separate processes, killed with SIGKILL,
 * stopped with SIGTERM, started twice at once; the store is the default H2 file database.
 */
class OperationsIT {

    /**
     * Enough rows for an import of a hundred chunks (chunk size 500), so a kill or a stop lands inside it; scale is
     * LargeRunIT's and the benchmark's business, and each of this class's dozen runs costs in proportion.
     */
    private static final int ROWS = 50_000;
    private static final Pattern PROGRESS = Pattern.compile("import inspections: (\\d+) rows checked");
    /** Tables whose content must not depend on how the run got there (the cover and run history do). */
    private static final List<String> CONTENT_TABLES = List.of("national", "regions", "judgement_areas", "authorities",
            "changes", "data_quality");

    @TempDir
    static Path shared;
    static Path inspections;
    static Path reference;

    @BeforeAll
    static void uninterruptedReference() throws Exception {
        inspections = LargeFixture.write(shared.resolve("history.csv"), ROWS);
        Path work = Files.createDirectories(shared.resolve("reference"));
        JarProcess.Result r = JarProcess.run(work, args());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        reference = work.resolve("reports/ratings-report.xlsx");
    }

    private static String[] args(String... more) {
        List<String> a =
                new ArrayList<>(List.of("--inspections=" + inspections, "--as-of=2026-03-31",
                        "--ratings.chunk-size=500"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void aRunKilledDuringTheImportResumesFromItsLastChunkAndPublishesTheSameFigures(@TempDir Path work)
            throws Exception {
        JarProcess.Running first = JarProcess.start(work, args());
        assertThat(first.awaitLine(l -> progress(l) >= 5_000, 120)).as("the import got going").isTrue();
        // H2 writes committed transactions to disk within its write delay (500 ms): a kill sooner than that
        // after the first commits can leave none on disk, which is a restart from the top, not a resumption.
        Thread.sleep(1_000);
        first.process().destroyForcibly().waitFor();
        assertThat(work.resolve("reports/ratings-report.xlsx")).doesNotExist();
        long committed = committedRows(work);
        assertThat(committed).as("some chunks were committed, not all").isBetween(1L, (long) ROWS - 1);

        JarProcess.Result second = JarProcess.run(work, args());
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stdout()).contains("was interrupted without being marked; recovering it");
        // The restart read only what the killed run had not committed.
        long reread = lastProgress(second.stdout());
        assertThat(reread).isLessThanOrEqualTo(ROWS - committed + 500).isLessThan(ROWS);
        assertSameContent(work.resolve("reports/ratings-report.xlsx"));
    }

    @Test
    void aRunKilledAfterTheImportResumesAtTheStepItWasIn(@TempDir Path work) throws Exception {
        JarProcess.Running first = JarProcess.start(work, args());
        assertThat(first.awaitLine(l -> l.contains("rows read") && l.contains("loaded"), 180)).isTrue();
        // As above: the import's last chunks were committed just before this line (the reconciliation that logs
        // it takes a fraction of a second), and H2 writes commits to disk within its write delay (500 ms), so a
        // kill at once can lose them and the restart imports them again (CI saw this once). The run still has
        // its report to write, seconds of work, when the kill lands.
        Thread.sleep(1_000);
        assertThat(first.process().isAlive()).as("the run was still going when killed").isTrue();
        first.process().destroyForcibly().waitFor();

        JarProcess.Result second = JarProcess.run(work, args());
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stdout()).doesNotContain("import inspections:");
        assertSameContent(work.resolve("reports/ratings-report.xlsx"));
    }

    @Test
    void sigtermStopsAtAChunkBoundaryAndTheNextRunResumes(@TempDir Path work) throws Exception {
        JarProcess.Running first = JarProcess.start(work, args());
        assertThat(first.awaitLine(l -> progress(l) >= 5_000, 120)).isTrue();
        first.process().destroy(); // SIGTERM
        JarProcess.Result stopped = first.await();
        assertThat(stopped.exitCode()).isEqualTo(143);
        assertThat(stopped.stdout() + stopped.stderr()).contains("will stop at the next chunk boundary");
        assertThat(executionStatuses(work)).containsExactly("STOPPED");
        assertThat(work.resolve("reports/ratings-report.xlsx")).doesNotExist();

        JarProcess.Result resumed = JarProcess.run(work, args());
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(lastProgress(resumed.stdout())).isLessThan(ROWS);
        assertThat(executionStatuses(work)).containsExactly("STOPPED", "COMPLETED");
        assertSameContent(work.resolve("reports/ratings-report.xlsx"));
    }

    @Test
    void sigtermAfterTheImportStopsWithinSecondsAndTheNextRunResumes(@TempDir Path work) throws Exception {
        JarProcess.Running first = JarProcess.start(work, args());
        // The last chunk of the import: reconcileInspections, one transaction, starts right after it.
        assertThat(first.awaitLine(l -> progress(l) >= ROWS, 180)).isTrue();
        long signalled = System.nanoTime();
        first.process().destroy(); // SIGTERM
        JarProcess.Result stopped = first.await();
        assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(143);
        assertThat((System.nanoTime() - signalled) / 1e9).as("seconds to stop").isLessThan(15);
        assertThat(executionStatuses(work)).containsExactly("STOPPED");
        // The signal lands in the import's last chunk, in reconcileInspections, or between the two steps, where
        // Spring Batch stops the job before it starts the next step and no step is STOPPED. Either way no step
        // after the reconciliation started, and none failed.
        Map<String, String> steps = stepStatuses(work);
        assertThat(steps.keySet()).as("the steps the stopped run started").contains("importInspections")
                .allMatch(s -> s.equals("loadRegister") || s.startsWith("importInspection")
                        || s.equals("reconcileInspections"));
        assertThat(steps.values()).as("their statuses").containsAnyOf("STOPPED", "COMPLETED")
                .allMatch(s -> s.equals("STOPPED") || s.equals("COMPLETED"));

        JarProcess.Result resumed = JarProcess.run(work, args());
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(executionStatuses(work)).containsExactly("STOPPED", "COMPLETED");
        assertSameContent(work.resolve("reports/ratings-report.xlsx"));
    }

    @Test
    void aSecondRunWhileOneIsInProgressExitsAtOnceAndALockLeftByAKilledRunDoesNotBlock(@TempDir Path work) throws
            Exception {
        JarProcess.Running first = JarProcess.start(work, args());
        assertThat(first.awaitLine(l -> progress(l) >= 1_000, 120)).isTrue();

        Path other = Files.writeString(work.resolve("other.csv"), "la_code,inspection_date,overall_effectiveness\n306,"
                + "2020-01-01,Good\n");
        long started = System.nanoTime();
        JarProcess.Result second = JarProcess.run(work, "--inspections=" + other, "--reports=other-reports");
        assertThat(second.exitCode()).isEqualTo(CommandLine.EXIT_BUSY);
        assertThat(second.stderr()).contains("another run has been in progress since")
                .contains("process " + first.process().pid());
        assertThat((System.nanoTime() - started) / 1e9).as("seconds to refuse").isLessThan(30);
        assertThat(work.resolve("other-reports")).doesNotExist();
        assertThat(first.process().isAlive()).isTrue();

        first.process().destroyForcibly().waitFor();
        JarProcess.Result afterKill = JarProcess.run(work, "--inspections=" + other, "--reports=other-reports",
                "--as-of=2025-03-31");
        assertThat(afterKill.exitCode()).as(afterKill.stderr()).isZero();
        assertThat(afterKill.stdout()).contains("taking over the run lock of process " + first.process().pid());
    }

    @Test
    void theBuiltInScheduleRunsAtEachTickAndStopsCleanlyOnSigterm(@TempDir Path work) throws Exception {
        Path small = Files.writeString(work.resolve("small.csv"),
                "la_code,inspection_date,overall_effectiveness\n306,2020-01-01,Good\n305,2019-03-18,Outstanding\n");
        JarProcess.Running scheduled = JarProcess.start(work, "--inspections=" + small, "--schedule=*/2 * * * * *");
        assertThat(scheduled.awaitLine(l -> l.contains("report written to"), 60)).isTrue();
        assertThat(scheduled.awaitLine(l -> l.contains("the report is up to date"), 60)).as("the next tick ran")
                .isTrue();
        scheduled.process().destroy();
        JarProcess.Result stopped = scheduled.await();
        assertThat(stopped.exitCode()).isZero();
        assertThat(stopped.stdout()).contains("schedule '*/2 * * * * *': next run at").contains("SIGTERM: no job is "
                + "running; stopping");
        assertThat(work.resolve("reports/ratings-report.xlsx")).exists();
    }

    private static void assertSameContent(Path report) throws IOException {
        try (WorkbookView expected = WorkbookView.open(reference); WorkbookView actual = WorkbookView.open(report)) {
            for (String table : CONTENT_TABLES) {
                assertThat(actual.table(table)).as(table).isEqualTo(expected.table(table));
            }
        }
    }

    private static long progress(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long lastProgress(String stdout) {
        return stdout.lines().mapToLong(OperationsIT::progress).max().orElse(0);
    }

    private static long committedRows(Path work) throws SQLException {
        try (Connection c = DriverManager.getConnection(JarProcess.databaseUrl(work), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM loaded_judgement")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each step of the store's job executions and its last status, in the order they started. */
    private static Map<String, String> stepStatuses(Path work) throws SQLException {
        Map<String, String> steps = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(JarProcess.databaseUrl(work), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION "
                     + "ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                steps.put(rs.getString(1), rs.getString(2));
            }
        }
        return steps;
    }

    private static List<String> executionStatuses(Path work) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(JarProcess.databaseUrl(work), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY "
                     + "JOB_EXECUTION_ID")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        return statuses;
    }
}
