package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A8: no hidden or very hidden sheets; screen reader users would never find them. */
public final class A8NoHiddenSheets extends AbstractCheck {

    public A8NoHiddenSheets() {
        super("A8", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetVeryHidden(i)) {
                out.add(violation(workbook.getSheetAt(i), "sheet is very hidden"));
            } else if (workbook.isSheetHidden(i)) {
                out.add(violation(workbook.getSheetAt(i), "sheet is hidden"));
            }
        }
        return out;
    }
}
