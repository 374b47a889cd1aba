package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.WorkbookView;

/**
 * What only a process shows: the exit code and the one line on stderr, for hostile command lines,
 * devices and pipes as inputs, a reports folder spoilt between runs, and a damaged store. One work
 * folder, one store and one published report throughout, so each failure is checked against the
 * report before it, byte for byte. ({@code HostileInputTest} runs the generated corpus in one JVM.)
 */
class HostileCommandLineIT {

    private static final Pattern LEAK = Pattern.compile("\\b\\w+(Exception|Error)\\b|\\bat [a-z]+\\.[a-z.]+\\(");

    @TempDir
    Path work;

    @Test
    void hostileCommandLinesInputsReportFoldersAndStoresEachGetTheirExitCodeAndOneClearLine() throws Exception {
        JarProcess.copyBundledInspections(work);
        JarProcess.Result first = JarProcess.run(work, "--as-of=2025-03-31");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        Path reports = work.resolve("reports");

        Path aFile = Files.writeString(work.resolve("not-a-folder"), "x");
        fails(reports, CommandLine.EXIT_USAGE, "--reports " + aFile + " is a file, not a folder (see --help)",
                "--reports=" + aFile);
        fails(reports, CommandLine.EXIT_USAGE, "--reports /dev/null is a file, not a folder (see --help)",
                "--reports=/dev/null");
        fails(reports, CommandLine.EXIT_USAGE, "--as-of must be a date with a four-digit year", "--as-of=+10000-01-01");
        fails(reports, CommandLine.EXIT_INPUT, "The inspection results file /dev/zero is a device, not a file.",
                "--inspections=/dev/zero");
        fails(reports, CommandLine.EXIT_INPUT, "spend file /dev/null is a device, not a file.",
                "--spend=/dev/null");
        Path fifo = work.resolve("pipe.csv");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            fails(reports, CommandLine.EXIT_INPUT, "pipe.csv is a device, not a file.", "--inspections=" + fifo);
        }
        Files.writeString(work.resolve("twice.csv"),
                "la_code,Overall effectiveness,overall_effectiveness\n306,Good,Inadequate\n");
        fails(reports, CommandLine.EXIT_INPUT, "has two columns for overall_effectiveness: 'Overall effectiveness' "
                + "(column 2) and 'overall_effectiveness' (column 3)", "--inspections=twice.csv");
        // no other quote in the file, so nothing further on closes the one opened on line 5
        List<String> lines =
                new ArrayList<>(Files.readAllLines(work.resolve("input/inspections/03-ilacs-judgements.csv"))
                .stream().map(l -> l.replace("\"", "")).toList());
        lines.set(4, lines.get(4).replaceFirst(",", ",\""));
        Files.write(work.resolve("quote.csv"), lines);
        fails(reports, CommandLine.EXIT_INPUT, "quote.csv is not valid CSV: line 5: a quoted field is never closed",
                "--inspections=quote.csv");
    }

    @Test
    void aSpoiltReportsFolderFailsTheRunBeforeAnythingIsPublishedOrArchived() throws Exception {
        JarProcess.copyBundledInspections(work);
        assertThat(JarProcess.run(work, "--as-of=2025-03-31").exitCode()).isZero();
        Path reports = work.resolve("reports");
        Path archive = reports.resolve("archive");

        Path archiveAside = Files.move(archive, work.resolve("archive-aside"));
        Files.writeString(archive, "a file where the archive folder was");
        fails(reports, CommandLine.EXIT_FAILED, archive.toAbsolutePath().normalize() + " is a file, not a folder, so "
                + "the report cannot be archived; nothing was published", "--as-of=2025-03-31", "--force");
        Files.delete(archive);
        Files.move(archiveAside, archive);

        Path report = reports.resolve("ratings-report.xlsx");
        Path reportAside = Files.move(report, work.resolve("report-aside.xlsx"));
        Files.createDirectory(report);
        fails(reports, CommandLine.EXIT_FAILED, "ratings-report.xlsx is a folder, not a file, so it cannot be "
                + "replaced; nothing was published", "--as-of=2025-03-31", "--force");
        Files.delete(report);
        Files.move(reportAside, report);

        // and with the folder whole again, the next run publishes: the failures left nothing in its way
        JarProcess.Result after = JarProcess.run(work, "--as-of=2025-03-31", "--force");
        assertThat(after.exitCode()).as(after.stderr()).isZero();
        try (Stream<Path> copies = Files.list(archive)) {
            assertThat(copies.filter(p -> p.getFileName().toString().startsWith("ratings-report-"))).hasSize(2);
        }
    }

    @Test
    void aDamagedStoreIsKeptAsideSaidOnStderrAndOnTheCoverAndAFortyDigitBudgetIsARejectedRow() throws Exception {
        JarProcess.copyBundledInspections(work);
        List<String> spend = Files.readAllLines(Path.of("input/spend.csv"));
        spend.set(3, spend.get(3).replaceFirst(",\\d+,(\\d+)$", ",1234567890123456789012345678901234567890,$1"));
        Files.write(work.resolve("input/spend.csv"), spend);
        assertThat(JarProcess.run(work, "--as-of=2025-03-31").exitCode()).isZero();
        Path store = work.resolve("data/ratings.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(store.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }

        JarProcess.Result run = JarProcess.run(work, "--as-of=1900-01-01");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr().strip()).doesNotContain("\n").startsWith("ratings-pipeline: WARNING: The store ")
                .contains("was damaged (it is truncated").contains("a new, empty store was started");
        assertThat(run.stdout()).contains("run 1 (job execution 1) as at 1900-01-01")
                .contains("spend.csv 442 rows read, 441 loaded, 1 rejected");
        try (Stream<Path> data = Files.list(work.resolve("data"))) {
            assertThat(data.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("ratings.mv.db.damaged-"));
        }
        try (WorkbookView wb = WorkbookView.open(work.resolve("reports/ratings-report.xlsx"))) {
            StringBuilder cover = new StringBuilder();
            wb.workbook().getSheet("Cover").forEach(r -> cover.append(r.getCell(0).getStringCellValue()).append('\n'));
            assertThat(cover).contains("was damaged (it is truncated").contains("ratings.mv.db.damaged-");
            assertThat(wb.rowsWhere(wb.sheetOf("data_quality"), "Line\n(number)", "4"))
                    .filteredOn(r -> r.get("Input file").equals("spend.csv")).singleElement()
                    .satisfies(r -> assertThat(r.get("Reason")).contains("larger than any amount the store can hold"));
        }
    }

    /** Runs, and checks the exit code, the one line on stderr, and that every file under reports is as it was. */
    private void fails(Path reports, int exitCode, String says, String... args)
            throws IOException, InterruptedException {
        Map<String, byte[]> before = snapshot(reports);
        long started = System.nanoTime();
        JarProcess.Result result = JarProcess.run(work, args);
        String line = result.stderr().strip();
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.stderr()).isEqualTo(exitCode);
        assertThat(line).as(String.join(" ", args)).startsWith("ratings-pipeline: ").contains(says)
                .doesNotContain("\n");
        assertThat(LEAK.matcher(line).find()).as(line).isFalse();
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds: a device or a pipe is never read")
                .isLessThan(60);
        Map<String, byte[]> after = snapshot(reports);
        assertThat(after).as(String.join(" ", args)).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, byte[]> snapshot(Path reports) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(reports)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(reports.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
