package org.ratingspipeline.report.check;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Cell addressing shared by the checks; what a cell holds comes from {@link CellSnapshot}. */
final class Cells {

    private Cells() {
    }

    static String ref(int row, int col) {
        return new CellAddress(row, col).formatAsString();
    }

    static boolean hasHyperlink(XSSFSheet sheet, int row, int col) {
        for (XSSFHyperlink link : sheet.getHyperlinkList()) {
            if (row >= link.getFirstRow() && row <= link.getLastRow()
                    && col >= link.getFirstColumn() && col <= link.getLastColumn()) {
                return true;
            }
        }
        return false;
    }
}
