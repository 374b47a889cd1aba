package org.ratingspipeline.report.tidy;

import org.ratingspipeline.report.ReportRun;

/**
 * A tidy data file published beside the workbook, in the explore-education-statistics (EES)
 * layout with its {@code .meta.csv}. Each feature contributes its own (the judgements, the spend);
 * datasets are Spring beans, written by the publisher and named on the workbook's cover in the order of
 * {@link TidyDatasets} (declared in {@code job.ReportCatalogue}).
 */
public interface TidyDataset {

    /**
     * The file name without extension: lower-case snake_case with no date or geography level in it,
     * so the same name serves every release (EES).
     */
    String name();

    /** What the file holds, in a few words, for the cover: "counts and shares of ...". */
    String description();

    /**
     * Whether the run has these figures at all. A dataset fed by an optional input (the spend file)
     * has no file without it, rather than a file of symbols: an empty table says nothing a reader needs.
     */
    default boolean publishedFor(ReportRun run) {
        return true;
    }

    /** Called only for a run the dataset is {@linkplain #publishedFor(ReportRun) published for}. */
    TidyTable table(ReportRun run);

    default String dataFileName() {
        return name() + ".csv";
    }

    default String metaFileName() {
        return name() + ".meta.csv";
    }
}
