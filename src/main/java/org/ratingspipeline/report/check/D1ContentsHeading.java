package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** D1: contents A1 is "Contents" (or "Table of contents") and A2 says it holds one table. */
public final class D1ContentsHeading extends AbstractCheck {

    public D1ContentsHeading() {
        super("D1", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        List<Violation> out = new ArrayList<>();
        WorkbookLayout.of(workbook).contents().ifPresent(contents -> check(contents, out));
        return out;
    }

    private void check(XSSFSheet contents, List<Violation> out) {
        String a1 = Cells.text(contents, 0, 0).strip().toLowerCase(Locale.ROOT);
        if (!a1.equals("contents") && !a1.equals("table of contents")) {
            out.add(violation(contents, "A1", "contents A1 should be 'Contents' or 'Table of contents'"));
        }
        if (!Cells.text(contents, 1, 0).startsWith("This worksheet contains one table")) {
            out.add(violation(contents, "A2", "contents A2 should say 'This worksheet contains one table.'"));
        }
    }
}
