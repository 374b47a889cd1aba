package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;

/** G5: the table area is exactly the data: at least one data row and no blank rows or columns inside. */
public final class G5NoBlankRowsOrColumns extends AbstractCheck {

    public G5NoBlankRowsOrColumns() {
        super("G5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.inWorkbook(book)) {
            if (table.lastDataRow() < table.firstDataRow()) {
                out.add(violation(table.sheet(), "table " + table.name() + " has no data rows"));
                continue;
            }
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                boolean blank = true;
                for (int c = 0; c < table.columnCount() && blank; c++) {
                    blank = table.text(r, c).isBlank();
                }
                if (blank) {
                    out.add(violation(table.sheet(), table.ref(r, 0), "blank row inside table " + table.name()));
                }
            }
            for (int c = 0; c < table.columnCount(); c++) {
                boolean blank = true;
                for (int r = table.firstDataRow(); r <= table.lastDataRow() && blank; r++) {
                    blank = table.text(r, c).isBlank();
                }
                if (blank) {
                    out.add(violation(table.sheet(), table.ref(table.headerRow(), c),
                            "column without data inside table " + table.name()));
                }
            }
        }
        return out;
    }
}
