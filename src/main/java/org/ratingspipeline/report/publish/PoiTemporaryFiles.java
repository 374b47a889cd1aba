package org.ratingspipeline.report.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where POI puts the temporary files it makes while the workbook is written: the streaming workbook keeps each
 * sheet's rows in a file of its own until the workbook is written, and deletes them when it is closed. Left to
 * POI they go under the system's temporary folder, where a run killed while writing would leave them for good;
 * here they go beside the workbook's own temporary file, hidden and named like it, so the next run removes them
 * with the rest of an interrupted run's files.
 */
record PoiTemporaryFiles(Path folder) implements TempFileCreationStrategy {

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        String end = (suffix == null ? ".tmp" : suffix) + Publication.TEMPORARY_SUFFIX;
        return Files.createTempFile(folder, "." + prefix + "-", end).toFile();
    }

    /** POI's streaming workbook makes no folders; any other caller gets them where POI would make them. */
    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return new DefaultTempFileCreationStrategy().createTempDirectory(prefix);
    }

    /** Runs {@code write} on this thread with POI's temporary files in {@link #folder}. */
    void around(IoAction write) throws IOException {
        TempFile.setThreadLocalTempFileCreationStrategy(this);
        try {
            write.run();
        } finally {
            TempFile.setThreadLocalTempFileCreationStrategy(null);
        }
    }

    /** A piece of writing that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
