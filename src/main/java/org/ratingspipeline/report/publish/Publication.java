package org.ratingspipeline.report.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every file a report publishes (the workbook, the tidy CSV files, their dated archive copies),
 * replaced all together or not at all. Each new file waits as a hidden temporary file beside its
 * target; {@link #commit()} renames them into place in order and, if one rename fails, puts back
 * what the earlier ones replaced, so a failure never leaves a new archive copy beside an old
 * workbook, nor new CSV files beside it.
 */
final class Publication {

    private static final Logger log = LoggerFactory.getLogger(Publication.class);
    /** What {@link ReportPublisher} removes as left by an interrupted run. */
    static final String TEMPORARY_SUFFIX = ".part";

    /** Staged temporary file to the file it replaces, in the order they are renamed. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    /** Published files the report no longer has figures for: removed when the new files arrive. */
    private final List<Path> withdrawn = new ArrayList<>();

    /** A file written to a temporary path, to become {@code target}. */
    void replace(Path temporary, Path target) {
        staged.put(temporary, target);
    }

    /** A copy of {@code source}, made now as a temporary file beside {@code target}, to become it. */
    void copy(Path source, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", TEMPORARY_SUFFIX);
        Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
        ReportPublisher.readableByAll(tmp);
        staged.put(tmp, target);
    }

    void withdraw(Path target) {
        withdrawn.add(target);
    }

    /** Fails, having touched nothing, when a folder stands where a file must be replaced. */
    static void requireReplaceable(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder, not a file, so it cannot be replaced; nothing was published");
        }
    }

    /** Renames every staged file into place, or, when one cannot be, restores what was there before. */
    void commit() throws IOException {
        for (Path target : staged.values()) {
            requireReplaceable(target);
        }
        for (Path target : withdrawn) {
            requireReplaceable(target);
        }
        List<Path[]> done = new ArrayList<>();
        try {
            for (Path target : withdrawn) {
                if (Files.exists(target)) {
                    done.add(new Path[] {target, setAside(target)});
                    Files.move(target, done.get(done.size() - 1)[1]);
                }
            }
            for (Map.Entry<Path, Path> f : staged.entrySet()) {
                Path target = f.getValue();
                Path previous = Files.exists(target) ? setAside(target) : null;
                if (previous != null) {
                    keepPrevious(target, previous);
                }
                done.add(new Path[] {target, previous});
                ReportPublisher.moveIntoPlace(f.getKey(), target);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(done);
            throw e;
        }
        for (Path[] d : done) {
            if (d[1] != null) {
                Files.deleteIfExists(d[1]);
            }
        }
        staged.clear();
    }

    /** A hard link costs nothing and keeps the old file whole; a file system without links gets a copy. */
    private static void keepPrevious(Path target, Path previous) throws IOException {
        Files.deleteIfExists(previous);
        try {
            Files.createLink(previous, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, previous, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path setAside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "-previous" + TEMPORARY_SUFFIX);
    }

    /** Puts each replaced file back (or removes a file that was new), last first. */
    private static void rollBack(List<Path[]> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Path target = done.get(i)[0];
            Path previous = done.get(i)[1];
            try {
                if (previous == null) {
                    Files.deleteIfExists(target);
                } else {
                    ReportPublisher.moveIntoPlace(previous, target);
                }
            } catch (IOException e) {
                log.error("could not restore {} after a failed publication", target, e);
            }
        }
    }

    /** Removes every staged file not renamed into place (all of them after a failure). */
    void discard() {
        for (Path tmp : staged.keySet()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                log.warn("could not remove the temporary file {}", tmp, e);
            }
        }
    }
}
