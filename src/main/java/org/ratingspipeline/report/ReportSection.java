package org.ratingspipeline.report;

import java.util.List;
import org.ratingspipeline.report.workbook.Chart;

/**
 * A part of the report contributed by one feature (inspections, spend, changes, trends, data
 * quality). Sections are Spring beans, placed in the workbook in the order of {@link ReportSections} (declared in
 * {@code job.ReportCatalogue}), and build their tables in reading order so that notes are numbered as a reader meets
 * them. Each table's key is a public constant of the section that builds it.
 */
public interface ReportSection {

    List<TableContent> tables(ReportRun run, Notes notes);

    /** Paragraphs the section adds to the cover's "About these data": what its tables hold for the run, and caveats. */
    default List<Cover.Line> about(ReportRun run) {
        return List.of();
    }

    /** Sources the section adds to the cover's "Source" section. */
    default List<Cover.Line> sources(ReportRun run) {
        return List.of();
    }

    /**
     * Lines the section adds to the cover's "Inputs of this run", after the files read (say, an optional file not
     * given).
     */
    default List<Cover.Line> inputs(ReportRun run) {
        return List.of();
    }

    /**
     * Charts drawn from the tables this section has just built (given back in the order
     * {@link #tables} returned them). Chart sheets follow every table sheet, numbered in section order.
     */
    default List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
        return List.of();
    }
}
