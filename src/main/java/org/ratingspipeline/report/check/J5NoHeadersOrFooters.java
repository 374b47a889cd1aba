package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** J5: no page headers or footers; they are not shown on screen, so their content is lost. */
public final class J5NoHeadersOrFooters extends AbstractCheck {

    public J5NoHeadersOrFooters() {
        super("J5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            check(sheet, "odd header", sheet.getOddHeader(), out);
            check(sheet, "even header", sheet.getEvenHeader(), out);
            check(sheet, "first-page header", sheet.getFirstHeader(), out);
            check(sheet, "odd footer", sheet.getOddFooter(), out);
            check(sheet, "even footer", sheet.getEvenFooter(), out);
            check(sheet, "first-page footer", sheet.getFirstFooter(), out);
        }
        return out;
    }

    private void check(XSSFSheet sheet, String what, HeaderFooter hf, List<Violation> out) {
        if (hf == null) {
            return;
        }
        String text = (nz(hf.getLeft()) + nz(hf.getCenter()) + nz(hf.getRight())).strip();
        if (!text.isEmpty()) {
            out.add(violation(sheet, what + " has content: " + text));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
