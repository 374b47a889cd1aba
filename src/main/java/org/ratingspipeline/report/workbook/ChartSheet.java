package org.ratingspipeline.report.workbook;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A sheet holding one chart, drawn from the numbers of a table sheet. */
public interface ChartSheet {

    String sheetName();

    String title();

    void writeTo(SXSSFWorkbook workbook, WorkbookStyles styles);
}
