package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;

/** F6 (project rule): no blank row between the rows above the table and its header. */
public final class F6NoBlankRowAboveTable extends AbstractCheck {

    public F6NoBlankRowAboveTable() {
        super("F6", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            int above = table.headerRow() - 1;
            if (above >= 0 && book.cells(table.sheet()).text(above, 0).isBlank()) {
                out.add(violation(table.sheet(), Cells.ref(above, 0), "blank row directly above the table"));
            }
        }
        return out;
    }
}
