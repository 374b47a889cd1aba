package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetView;

/**
 * J3: no freeze or split panes. Read from the sheet view directly: POI's getPaneInformation()
 * throws on a pane without an active-pane attribute, which other writers produce.
 */
public final class J3NoFreezePanes extends AbstractCheck {

    public J3NoFreezePanes() {
        super("J3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (CTSheetView view : WorkbookLayout.views(sheet)) {
                if (view.isSetPane()) {
                    out.add(violation(sheet, "sheet has frozen or split panes"));
                }
            }
        }
        return out;
    }
}
