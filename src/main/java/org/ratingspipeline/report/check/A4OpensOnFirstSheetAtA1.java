package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetView;

/** A4: the workbook opens on the first sheet, not grouped, with the cursor (and view) at A1. */
public final class A4OpensOnFirstSheetAtA1 extends AbstractCheck {

    public A4OpensOnFirstSheetAtA1() {
        super("A4", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        if (workbook.getActiveSheetIndex() != 0) {
            out.add(violation("active sheet is " + workbook.getActiveSheetIndex() + ", not the first sheet"));
        }
        if (workbook.getFirstVisibleTab() != 0) {
            out.add(violation("first visible tab is " + workbook.getFirstVisibleTab() + ", not 0"));
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (i == 0 && !sheet.isSelected()) {
                out.add(violation(sheet, "first sheet is not selected"));
            }
            if (i > 0 && sheet.isSelected()) {
                // several selected tabs open in Excel's [Group] mode, where typing edits all of them
                out.add(violation(sheet, "sheet is selected as well as the first sheet ([Group] mode)"));
            }
            CellAddress active = sheet.getActiveCell();
            if (active != null && !active.equals(CellAddress.A1)) {
                out.add(violation(sheet, active.formatAsString(), "active cell is " + active + ", not A1"));
            }
            for (CTSheetView view : WorkbookLayout.views(sheet)) {
                if (view.isSetTopLeftCell() && !"A1".equals(view.getTopLeftCell())) {
                    out.add(violation(sheet, "sheet opens scrolled to " + view.getTopLeftCell() + ", not A1"));
                }
            }
        }
        return out;
    }
}
