package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetView;

/** A5: every sheet opens at 100 % zoom. */
public final class A5Zoom100 extends AbstractCheck {

    public A5Zoom100() {
        super("A5", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (CTSheetView view : WorkbookLayout.views(sheet)) {
                if (view.isSetZoomScale() && view.getZoomScale() != 100) {
                    out.add(violation(sheet, "zoom is " + view.getZoomScale() + " %, not 100 %"));
                }
            }
        }
        return out;
    }
}
