package org.ratingspipeline.source;

import java.time.LocalDateTime;

/** What a run made of one input file: the cover of the report lists one of these per file. */
public record SourceLoad(
        String kind,
        String fileName,
        String filePath,
        String sha256,
        String charset,
        long bytes,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        long rowsWithWarnings,
        LocalDateTime loadedAt) {
}
