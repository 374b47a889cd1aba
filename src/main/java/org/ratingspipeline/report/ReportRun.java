package org.ratingspipeline.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.ratingspipeline.AsAt;

/**
 * The run a report is for. Sections read what they need for it from the store.
 *
 * @param asOf the reporting date: inspections carried out on or before it count
 * @param publishedBy the publication cut-off: only reports published on or before it count
 */
public record ReportRun(long runId, long jobExecutionId, LocalDate asOf, LocalDate publishedBy, LocalDateTime startedAt) {

    public ReportRun(long runId, long jobExecutionId, AsAt asAt, LocalDateTime startedAt) {
        this(runId, jobExecutionId, asAt.inspectedBy(), asAt.publishedBy(), startedAt);
    }

    /** A run whose cut-off is its reporting date. */
    public ReportRun(long runId, long jobExecutionId, LocalDate asOf, LocalDateTime startedAt) {
        this(runId, jobExecutionId, asOf, asOf, startedAt);
    }

    public AsAt asAt() {
        return new AsAt(asOf, publishedBy);
    }
}
