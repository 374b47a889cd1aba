package org.ratingspipeline.report;

import java.util.List;

/**
 * A part of the report contributed by one feature (inspections, spend, changes, trends, data
 * quality). Sections are Spring beans, placed in the workbook in {@link org.springframework.core.annotation.Order}
 * order, and build their tables in reading order so that notes are numbered as a reader meets them.
 */
public interface ReportSection {

    List<TableContent> tables(ReportRun run, Notes notes);
}
