package org.ratingspipeline.common;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the pipeline, under {@code ratings.*} in {@code application.yml} (documented there).
 * Command-line options override the input and output paths.
 */
@ConfigurationProperties("ratings")
public record RatingsProperties(
        String inspections,
        Path spend,
        Path visits,
        Path reports,
        int chunkSize,
        InspectionDates inspectionDates,
        Archive archive,
        Report report,
        WorkbookTheme workbook) {

    public record Archive(int keep) {
    }

    /** The dates an inspection row may carry: from {@code earliest} to {@code yearsAhead} years after today. */
    public record InspectionDates(LocalDate earliest, int yearsAhead) {
    }

    /** What the cover of the workbook says about the publisher, the data and the next update. */
    public record Report(
            String publisher,
            String contactName,
            String contactEmail,
            String nextUpdate,
            String inspectionsSource,
            String inspectionsSourceDetail,
            String inspectionsSourceUrl,
            String inspectionsCaveat,
            String registerSource,
            String registerSourceUrl,
            String spendSource,
            String spendSourceUrl,
            String spendCaveat,
            String visitsSource,
            String visitsSourceDetail,
            String visitsSourceUrl,
            int maxTableRows) {
    }
}
