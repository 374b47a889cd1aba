package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** J7 (project rule): no cell comments; pop-ups are easy to miss, put the content in cells or notes. */
public final class J7NoComments extends AbstractCheck {

    public J7NoComments() {
        super("J7", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (CellAddress address : sheet.getCellComments().keySet()) {
                out.add(violation(sheet, address.formatAsString(), "cell has a comment"));
            }
        }
        return out;
    }
}
