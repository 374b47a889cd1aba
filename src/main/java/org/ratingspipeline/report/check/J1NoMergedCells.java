package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** J1: no merged cells; screen readers lose their place in merged ranges. */
public final class J1NoMergedCells extends AbstractCheck {

    public J1NoMergedCells() {
        super("J1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                out.add(violation(sheet, Cells.ref(range.getFirstRow(), range.getFirstColumn()),
                        "merged cells " + range.formatAsString()));
            }
        }
        return out;
    }
}
