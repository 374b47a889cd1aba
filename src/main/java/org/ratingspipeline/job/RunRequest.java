package org.ratingspipeline.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run is asked to do: the inputs, the reporting date, where the report goes.
 *
 * @param inspections the inspection files in order: a judgement several carry counts once, from the first
 * @param publishedBy reports published after this date are not counted (by default the reporting date)
 * @param spend the children's social care spend file, or null for a run without spend
 * @param visits the file of Ofsted's monitoring and focused visits, or null for a run without visits
 * @param profiles old LA codes of the authorities to profile ({@code --profile}), resolved and without repeats
 */
public record RunRequest(List<Path> inspections, LocalDate asOf, LocalDate publishedBy, Path reports, boolean force,
                         Path spend, Path visits, List<String> profiles) {

    public RunRequest {
        inspections = List.copyOf(inspections);
        if (publishedBy == null) {
            publishedBy = asOf;
        }
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    /** A run without a visits file or profiles. */
    public RunRequest(List<Path> inspections, LocalDate asOf, LocalDate publishedBy, Path reports, boolean force,
                      Path spend) {
        this(inspections, asOf, publishedBy, reports, force, spend, null, List.of());
    }

    public RunRequest(Path inspections, LocalDate asOf, Path reports, boolean force, Path spend) {
        this(List.of(inspections), asOf, asOf, reports, force, spend);
    }

    /** A run of one inspection file without a spend file. */
    public RunRequest(Path inspections, LocalDate asOf, Path reports, boolean force) {
        this(inspections, asOf, reports, force, null);
    }

    /** The same request for another reporting date (a scheduled run reports as at its own day). */
    public RunRequest asOf(LocalDate date, boolean cutOffFollows) {
        return new RunRequest(inspections, date, cutOffFollows ? date : publishedBy, reports, force, spend, visits,
                profiles);
    }

    /** The same request with these authorities profiled. */
    public RunRequest withProfiles(List<String> oldCodes) {
        return new RunRequest(inspections, asOf, publishedBy, reports, force, spend, visits, oldCodes);
    }
}
