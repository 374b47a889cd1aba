package org.ratingspipeline.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The run a report is for. Sections read what they need for it from the store. */
public record ReportRun(long runId, long jobExecutionId, LocalDate asOf, LocalDateTime startedAt) {
}
