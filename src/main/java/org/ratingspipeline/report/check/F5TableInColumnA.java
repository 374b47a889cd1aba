package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/** F5: tables start in column A, so screen readers do not announce an empty column first. */
public final class F5TableInColumnA extends AbstractCheck {

    public F5TableInColumnA() {
        super("F5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.inWorkbook(book)) {
            if (table.firstCol() != 0) {
                out.add(violation(table.sheet(), table.ref(table.headerRow(), 0),
                        "table " + table.name() + " starts in column "
                                + CellReference.convertNumToColString(table.firstCol()) + "; start it in column A"));
            }
        }
        return out;
    }
}
