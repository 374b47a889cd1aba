package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** J4: no sheet-level auto-filter (table filters are G3). */
public final class J4NoSheetFilters extends AbstractCheck {

    public J4NoSheetFilters() {
        super("J4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getCTWorksheet().isSetAutoFilter()) {
                out.add(violation(sheet,
                        "sheet has an auto-filter " + sheet.getCTWorksheet().getAutoFilter().getRef()));
            }
        }
        return out;
    }
}
