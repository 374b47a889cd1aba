package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** I5: no borders, except an optional bottom border under table column headings (as gptables). */
public final class I5NoBorders extends AbstractCheck {

    public I5NoBorders() {
        super("I5", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            List<TableView> tables = TableView.onSheet(sheet);
            for (XSSFCell cell : Cells.all(sheet)) {
                CellStyle style = cell.getCellStyle();
                if (style.getBorderTop() != BorderStyle.NONE || style.getBorderLeft() != BorderStyle.NONE
                        || style.getBorderRight() != BorderStyle.NONE) {
                    findings.add(cell, "cell has a top, left or right border");
                }
                boolean header = tables.stream()
                        .anyMatch(t -> t.isHeaderRow(cell.getRowIndex(), cell.getColumnIndex()));
                if (style.getBorderBottom() != BorderStyle.NONE && !header) {
                    findings.add(cell, "bottom border outside the table header row");
                }
            }
        }
        return findings.list();
    }
}
