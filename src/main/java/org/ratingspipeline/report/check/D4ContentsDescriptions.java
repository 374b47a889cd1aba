package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** D4: each description is the target sheet's A1 title without note markers. */
public final class D4ContentsDescriptions extends AbstractCheck {

    public D4ContentsDescriptions() {
        super("D4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        book.layout().contents().ifPresent(contents -> {
            for (TableView table : TableView.onSheet(book, contents)) {
                if (table.columnCount() < 2) {
                    continue;
                }
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    XSSFSheet target = workbook.getSheet(table.text(r, 0).strip());
                    if (target == null) {
                        continue; // B4/D3 report unknown sheets
                    }
                    String expected = Text.stripNotes(book.cells(target).text(0, 0));
                    String actual = Text.stripNotes(table.text(r, 1));
                    if (!expected.equals(actual)) {
                        out.add(violation(contents, table.ref(r, 1), "description '" + actual
                                + "' differs from " + target.getSheetName() + "!A1 '" + expected + "'"));
                    }
                }
            }
        });
        return out;
    }
}
