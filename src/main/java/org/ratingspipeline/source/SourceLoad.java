package org.ratingspipeline.source;

import java.time.LocalDateTime;

/**
 * What a run made of one input file: the cover of the report lists one of these per file.
 *
 * @param order the file's place among the run's files of its kind, from 1: where two carry the same record, the first
 * counts
 * @param rowsFromOtherSource rows not counted because another file of the run carries the same record
 */
public record SourceLoad(
        String kind,
        int order,
        String fileName,
        String filePath,
        String sha256,
        String charset,
        long bytes,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        long rowsWithWarnings,
        long rowsFromOtherSource,
        LocalDateTime loadedAt) {
}
