package org.ratingspipeline.report.tidy;

import java.util.List;

/**
 * The tidy data files of a report in the order the cover lists them and the publisher writes them, declared in one
 * place, {@code job.ReportCatalogue}, beside the order of the workbook's sections.
 */
public record TidyDatasets(List<TidyDataset> inOrder) {

    public TidyDatasets {
        inOrder = List.copyOf(inOrder);
    }

    public static TidyDatasets of(TidyDataset... inOrder) {
        return new TidyDatasets(List.of(inOrder));
    }
}
