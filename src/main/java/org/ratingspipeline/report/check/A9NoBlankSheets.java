package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A9: no blank worksheets; every sheet starts with its title in A1. */
public final class A9NoBlankSheets extends AbstractCheck {

    public A9NoBlankSheets() {
        super("A9", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getPhysicalNumberOfRows() == 0) {
                out.add(violation(sheet, "sheet is blank"));
            } else if (book.cells(sheet).text(0, 0).isBlank()) {
                out.add(violation(sheet, "A1", "A1 is blank; a sheet starts with its title in A1"));
            }
        }
        return out;
    }
}
