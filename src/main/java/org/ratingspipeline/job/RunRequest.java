package org.ratingspipeline.job;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one run is asked to do: the inputs, the reporting date, where the report goes.
 *
 * @param spend the children's social care spend file, or null for a run without spend
 */
public record RunRequest(Path inspections, LocalDate asOf, Path reports, boolean force, Path spend) {

    /** A run without a spend file. */
    public RunRequest(Path inspections, LocalDate asOf, Path reports, boolean force) {
        this(inspections, asOf, reports, force, null);
    }
}
