package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** J8 (project rule): no data validation; published tables are static. */
public final class J8NoDataValidation extends AbstractCheck {

    public J8NoDataValidation() {
        super("J8", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            int count = sheet.getDataValidations().size();
            if (count > 0) {
                out.add(violation(sheet, "sheet has " + count + " data validation rule(s)"));
            }
        }
        return out;
    }
}
