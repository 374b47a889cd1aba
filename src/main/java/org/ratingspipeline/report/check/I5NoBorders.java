package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** I5: no borders, except an optional bottom border under table column headings (as gptables). */
public final class I5NoBorders extends AbstractCheck {

    public I5NoBorders() {
        super("I5", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            List<TableView> tables = TableView.onSheet(book, sheet);
            for (CellSnapshot cell : book.cells(sheet).all()) {
                StyleFacts style = cell.style();
                if (style.top() != BorderStyle.NONE || style.left() != BorderStyle.NONE
                        || style.right() != BorderStyle.NONE) {
                    findings.add(cell, "cell has a top, left or right border");
                }
                boolean header = tables.stream()
                        .anyMatch(t -> t.isHeaderRow(cell.row(), cell.col()));
                if (style.bottom() != BorderStyle.NONE && !header) {
                    findings.add(cell, "bottom border outside the table header row");
                }
            }
        }
        return findings.list();
    }
}
