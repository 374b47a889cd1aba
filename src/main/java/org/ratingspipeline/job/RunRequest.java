package org.ratingspipeline.job;

import java.nio.file.Path;
import java.time.LocalDate;

/** What one run is asked to do: the inputs, the reporting date, where the report goes. */
public record RunRequest(Path inspections, LocalDate asOf, Path reports, boolean force) {
}
