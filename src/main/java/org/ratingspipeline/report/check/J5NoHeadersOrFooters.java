package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * J5: no page headers or footers carrying information. They are not shown on screen, and screen
 * readers skip them, so anything said only there is lost. A header may repeat the sheet's own A1
 * title (with or without its note markers) and a footer may number the pages ("Page &amp;P of
 * &amp;N"): both help a reader of the printed sheet and tell a reader of the screen nothing they
 * miss. Any other text, in any part of any header or footer, is a violation.
 */
public final class J5NoHeadersOrFooters extends AbstractCheck {

    /** Page number fields, alone or in the words "Page n of m". */
    private static final Pattern PAGE_NUMBERS = Pattern.compile("(Page )?&P( of &N)?");

    public J5NoHeadersOrFooters() {
        super("J5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String title = a1(book.cells(sheet));
            header(sheet, "odd header", sheet.getOddHeader(), title, out);
            header(sheet, "even header", sheet.getEvenHeader(), title, out);
            header(sheet, "first-page header", sheet.getFirstHeader(), title, out);
            footer(sheet, "odd footer", sheet.getOddFooter(), out);
            footer(sheet, "even footer", sheet.getEvenFooter(), out);
            footer(sheet, "first-page footer", sheet.getFirstFooter(), out);
        }
        return out;
    }

    private void header(XSSFSheet sheet, String what, HeaderFooter hf, String title, List<Violation> out) {
        String text = content(hf);
        if (text.isEmpty()) {
            return;
        }
        // "&&" is how a header writes a literal ampersand
        String shown = Text.normaliseSpace(text.replace("&&", "&"));
        if (title.isEmpty() || !(shown.equals(Text.normaliseSpace(title)) || shown.equals(Text.stripNotes(title)))) {
            out.add(violation(sheet, what + " says more than the sheet's A1 title: " + text));
        }
    }

    private void footer(XSSFSheet sheet, String what, HeaderFooter hf, List<Violation> out) {
        String text = content(hf);
        if (!text.isEmpty() && !PAGE_NUMBERS.matcher(text).matches()) {
            out.add(violation(sheet, what + " says more than page numbers: " + text));
        }
    }

    /** Left, centre and right together; a part that repeats the title or numbers pages is the whole content. */
    private static String content(HeaderFooter hf) {
        if (hf == null) {
            return "";
        }
        return (nz(hf.getLeft()) + nz(hf.getCenter()) + nz(hf.getRight())).strip();
    }

    private static String a1(SheetCells cells) {
        CellSnapshot cell = cells.get(0, 0);
        return cell != null && cell.cellType() == CellType.STRING ? cell.text() : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
