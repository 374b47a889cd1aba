package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** D1: contents A1 is "Contents" (or "Table of contents") and A2 says it holds one table. */
public final class D1ContentsHeading extends AbstractCheck {

    public D1ContentsHeading() {
        super("D1", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        book.layout().contents().ifPresent(contents -> check(book.cells(contents), out));
        return out;
    }

    private void check(SheetCells cells, List<Violation> out) {
        XSSFSheet contents = cells.sheet();
        String a1 = cells.text(0, 0).strip().toLowerCase(Locale.ROOT);
        if (!a1.equals("contents") && !a1.equals("table of contents")) {
            out.add(violation(contents, "A1", "contents A1 should be 'Contents' or 'Table of contents'"));
        }
        if (!cells.text(1, 0).startsWith("This worksheet contains one table")) {
            out.add(violation(contents, "A2", "contents A2 should say 'This worksheet contains one table.'"));
        }
    }
}
