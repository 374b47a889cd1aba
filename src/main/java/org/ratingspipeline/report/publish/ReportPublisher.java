package org.ratingspipeline.report.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.check.Severity;
import org.ratingspipeline.report.check.Violation;
import org.ratingspipeline.report.check.WorkbookChecker;
import org.ratingspipeline.report.web.HeadlinePage;
import org.ratingspipeline.report.web.WebPage;
import org.ratingspipeline.report.workbook.RatingsWorkbook;
import org.ratingspipeline.report.workbook.ReportContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a report in place without ever showing a half-written one: the workbook is written to a
 * temporary file in the same folder and renamed over the last good report only once it is whole.
 * A dated copy goes to the archive, which keeps the newest {@code ratings.archive.keep} copies.
 * The tidy CSV files and the web page ({@code index.html}) travel with the workbook: written and
 * checked before anything is replaced, archived beside it, and renamed into place just before it,
 * so the workbook's arrival marks a complete report.
 */
@Component
public class ReportPublisher {

    public static final String REPORT_FILE = "ratings-report.xlsx";
    private static final Logger log = LoggerFactory.getLogger(ReportPublisher.class);

    private final RatingsWorkbook workbook;
    private final TidyDataFiles tidyData;
    private final WebPage webPage;
    private final WorkbookChecker checker = WorkbookChecker.standard();
    private final int keep;

    public ReportPublisher(RatingsWorkbook workbook, RatingsProperties properties, TidyDataFiles tidyData,
                           WebPage webPage) {
        this.workbook = workbook;
        this.tidyData = tidyData;
        this.webPage = webPage;
        this.keep = properties.archive().keep();
    }

    public Path publish(ReportRun run, Path reports) {
        return publish(run, reports, () -> { });
    }

    /**
     * @param checkpoint run between the stages (workbook, check, tidy files): it throws to end the run
     *                   when a stop was requested, before anything is moved into place
     */
    public Path publish(ReportRun run, Path reports, Runnable checkpoint) {
        Path tmp = null;
        Path page = null;
        TidyDataFiles.Staged data = null;
        CompletableFuture<TidyDataFiles.Staged> tidy = null;
        Publication publication = new Publication();
        try {
            Path archive = reports.resolve("archive");
            Path target = reports.resolve(REPORT_FILE);
            prepare(reports, archive, target);
            tidy = stageTidyData(run, reports);
            ReportContent content = workbook.content(run);
            tmp = Files.createTempFile(reports, ".ratings-report-", ".xlsx" + Publication.TEMPORARY_SUFFIX);
            writeAndCheck(content, tmp);
            checkpoint.run();
            page = webPage.stage(content, reports, REPORT_FILE);
            readableByAll(page);
            data = staged(tidy);
            checkpoint.run();
            stage(publication, run, reports, data, page, tmp);
            publication.commit();
            page = null;
            prune(archive);
            tidyData.prune(archive, keep);
            tmp = null;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + reports + ": " + e.getMessage(), e);
        } finally {
            publication.discard();
            discard(data, tidy);
            deleteQuietly(tmp);
            deleteQuietly(page);
        }
    }

    /**
     * The tidy files are written and checked on a second thread while this one builds, writes and checks the
     * workbook: neither needs the other, each is a few seconds of work at a million rows, and the machine the
     * nightly run has is two cores. Their queries read what the earlier steps committed.
     */
    private CompletableFuture<TidyDataFiles.Staged> stageTidyData(ReportRun run, Path reports) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return tidyData.stage(run, reports);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "tidy-data");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the tidy files; a failure there is thrown as if they had been written on this thread. */
    private static TidyDataFiles.Staged staged(CompletableFuture<TidyDataFiles.Staged> tidy) throws IOException {
        try {
            return tidy.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * After a failure the tidy files may still be being written: wait for them and remove what they left, so no
     * temporary file outlives the run. After success {@code data} holds only what was not moved into place.
     */
    private static void discard(TidyDataFiles.Staged data, CompletableFuture<TidyDataFiles.Staged> tidy) {
        if (data != null) {
            data.discard();
        } else if (tidy != null) {
            tidy.handle((staged, failure) -> {
                if (staged != null) {
                    staged.discard();
                }
                return null;
            }).join();
        }
    }

    /** The reports folder exists, nothing stands where a report or its archive goes, and no leftovers remain. */
    private static void prepare(Path reports, Path archive, Path target) throws IOException {
        Files.createDirectories(reports);
        requireUsable(archive, target);
        removeLeftovers(reports);
        removeLeftovers(archive);
    }

    private static void stage(Publication publication, ReportRun run, Path reports, TidyDataFiles.Staged data,
            Path page, Path workbookFile) throws IOException {
        Path archive = reports.resolve("archive");
        // The archive copies are staged with the rest, so they appear only if the report itself is published;
        // the CSV files are renamed in first, then the page, the workbook last: its arrival marks a complete
        // report.
        data.addTo(publication, reports, archive, run);
        publication.copy(page, archive.resolve(WebPage.archivedName(run)));
        publication.replace(page, reports.resolve(HeadlinePage.FILE));
        publication.copy(workbookFile,
                archive.resolve("ratings-report-" + run.asOf() + "-run" + run.runId() + ".xlsx"));
        publication.replace(workbookFile, reports.resolve(REPORT_FILE));
    }

    private void writeAndCheck(ReportContent content, Path tmp) throws IOException {
        new PoiTemporaryFiles(tmp.getParent()).around(() -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(content, out);
            }
        });
        check(tmp);
        readableByAll(tmp);
    }

    /**
     * Checked before any work: a file where the archive folder should be, or a folder where the
     * workbook should be, is named in the one line the operator reads, instead of a bare path.
     */
    private static void requireUsable(Path archive, Path target) throws IOException {
        if (Files.exists(archive) && !Files.isDirectory(archive)) {
            throw new IOException(archive + " is a file, not a folder, so the report cannot be archived; "
                    + "nothing was published");
        }
        Files.createDirectories(archive);
        Publication.requireReplaceable(target);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            log.warn("could not remove the temporary file {}", tmp, e);
        }
    }

    /**
     * Re-opens the written file and checks it against the spreadsheet standard: an essential
     * failure stops the run before the file can replace the last good report.
     */
    private void check(Path written) throws IOException {
        long started = System.nanoTime();
        List<Violation> violations = checker.check(written);
        log.debug("workbook checked in {} ms", (System.nanoTime() - started) / 1_000_000);
        violations.stream().filter(v -> v.severity() == Severity.RECOMMENDED).forEach(v -> log.warn("workbook check: "
                + "{}", v));
        List<Violation> essential = violations.stream().filter(v -> v.severity() == Severity.ESSENTIAL).toList();
        if (!essential.isEmpty()) {
            essential.forEach(v -> log.error("workbook check: {}", v));
            throw new IllegalStateException("the new workbook breaks " + essential.size()
                    + " essential rule(s) of the spreadsheet standard, first " + essential.get(0) + "; it was not "
                    + "published");
        }
    }

    /** Temporary files are private to their owner; a published report is for everyone who can read the folder. */
    static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's defaults apply
        }
    }

    /** A run killed while writing leaves its temporary file; only one run writes at a time, so any is stale. */
    private static void removeLeftovers(Path reports) throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(Publication.TEMPORARY_SUFFIX)).toList()) {
                log.info("removing {} left by an interrupted run", p.getFileName());
                Files.deleteIfExists(p);
            }
        }
    }

    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void prune(Path archive) throws IOException {
        prune(archive, name -> name.startsWith("ratings-report-"), keep);
        prune(archive, WebPage::isArchivedCopy, keep);
    }

    /** Deletes all but the newest {@code keep} archived copies whose file names match. */
    static void prune(Path archive, Predicate<String> copiesOf, int keep) throws IOException {
        List<Path> copies;
        try (Stream<Path> files = Files.list(archive)) {
            copies = files.filter(p -> copiesOf.test(p.getFileName().toString()))
                    .sorted(Comparator.comparing(ReportPublisher::modified).reversed()).toList();
        }
        for (Path old : copies.subList(Math.min(keep, copies.size()), copies.size())) {
            Files.deleteIfExists(old);
            log.info("archive: removed {} (keeping the newest {})", old.getFileName(), keep);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
