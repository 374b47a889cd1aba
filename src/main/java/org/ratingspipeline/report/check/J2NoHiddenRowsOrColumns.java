package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/** J2: no hidden rows or columns; hidden content is invisible to some users and not others. */
public final class J2NoHiddenRowsOrColumns extends AbstractCheck {

    public J2NoHiddenRowsOrColumns() {
        super("J2", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (Row row : sheet) {
                if (row.getZeroHeight()) {
                    out.add(violation(sheet, Cells.ref(row.getRowNum(), 0), "row " + (row.getRowNum() + 1) + " is "
                            + "hidden"));
                }
            }
            // column definitions are ranges; reading them avoids probing all 16,384 columns
            for (CTCols cols : sheet.getCTWorksheet().getColsList()) {
                for (CTCol col : cols.getColList()) {
                    if (col.isSetHidden() && col.getHidden()) {
                        String first = CellReference.convertNumToColString((int) col.getMin() - 1);
                        String last = CellReference.convertNumToColString((int) col.getMax() - 1);
                        out.add(violation(sheet, first + "1", "column(s) " + first + ":" + last + " hidden"));
                    }
                }
            }
        }
        return out;
    }
}
