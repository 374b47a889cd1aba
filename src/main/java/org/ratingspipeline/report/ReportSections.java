package org.ratingspipeline.report;

import java.util.List;

/**
 * The report's sections in the order the workbook shows them. Tables are numbered in this order and notes as a reader
 * meets them, so a table's number, and its notes', depend on which sections come before it and what they build for
 * the run (without a spend file the spend tables are not there and every later table moves up). The order is
 * declared in one place, {@code job.ReportCatalogue}, and listed in the README's table of the workbook's tables.
 */
public record ReportSections(List<ReportSection> inOrder) {

    public ReportSections {
        inOrder = List.copyOf(inOrder);
    }

    public static ReportSections of(ReportSection... inOrder) {
        return new ReportSections(List.of(inOrder));
    }
}
