package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** F5: tables start in column A, so screen readers do not announce an empty column first. */
public final class F5TableInColumnA extends AbstractCheck {

    public F5TableInColumnA() {
        super("F5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.inWorkbook(workbook)) {
            if (table.firstCol() != 0) {
                out.add(violation(table.sheet(), table.ref(table.headerRow(), 0),
                        "table " + table.name() + " starts in column "
                                + CellReference.convertNumToColString(table.firstCol()) + "; start it in column A"));
            }
        }
        return out;
    }
}
