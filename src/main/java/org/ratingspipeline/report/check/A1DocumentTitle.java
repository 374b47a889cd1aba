package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A1: the document title property is set, readable and matches the cover title. */
public final class A1DocumentTitle extends AbstractCheck {

    public A1DocumentTitle() {
        super("A1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        String title = workbook.getProperties().getCoreProperties().getTitle();
        if (title == null || title.isBlank()) {
            out.add(violation("document title property is not set"));
            return out;
        }
        if (title.contains("_")) {
            out.add(violation("document title contains underscores (screen readers announce it): " + title));
        }
        // en/em dashes and spaced hyphens act as separators; hyphenated words are fine
        if (title.matches(".*(\u2013|\u2014| - ).*")) {
            out.add(violation("document title contains dashes; use words such as 'to': " + title));
        }
        if (workbook.getNumberOfSheets() > 0) {
            String cover = book.cells(workbook.getSheetAt(0)).text(0, 0);
            if (!cover.isBlank() && !Text.stripNotes(cover).equals(Text.stripNotes(title))) {
                out.add(violation("document title '" + title + "' differs from cover A1 '" + cover + "'"));
            }
        }
        return out;
    }
}
