package org.ratingspipeline.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ratingspipeline.common.AsAt;

/**
 * The run a report is for. Sections read what they need for it from the store.
 *
 * @param asOf the reporting date: inspections carried out on or before it count
 * @param publishedBy the publication cut-off: only reports published on or before it count
 * @param profiles the old LA codes of the authorities whose profile the run adds ({@code --profile}), in the
 *     order asked; empty for a run without profiles
 */
public record ReportRun(long runId, long jobExecutionId, LocalDate asOf, LocalDate publishedBy, LocalDateTime startedAt,
                        List<String> profiles) {

    public ReportRun {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public ReportRun(long runId, long jobExecutionId, LocalDate asOf, LocalDate publishedBy, LocalDateTime startedAt) {
        this(runId, jobExecutionId, asOf, publishedBy, startedAt, List.of());
    }

    public ReportRun(long runId, long jobExecutionId, AsAt asAt, LocalDateTime startedAt) {
        this(runId, jobExecutionId, asAt.inspectedBy(), asAt.publishedBy(), startedAt);
    }

    public ReportRun(long runId, long jobExecutionId, AsAt asAt, LocalDateTime startedAt, List<String> profiles) {
        this(runId, jobExecutionId, asAt.inspectedBy(), asAt.publishedBy(), startedAt, profiles);
    }

    /** A run whose cut-off is its reporting date. */
    public ReportRun(long runId, long jobExecutionId, LocalDate asOf, LocalDateTime startedAt) {
        this(runId, jobExecutionId, asOf, asOf, startedAt);
    }

    public AsAt asAt() {
        return new AsAt(asOf, publishedBy);
    }
}
