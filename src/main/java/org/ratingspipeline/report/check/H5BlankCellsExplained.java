package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * H5: a blank data cell is only acceptable when a row above the table says why cells are blank;
 * otherwise a screen reader user cannot tell "no value" from "missed a cell".
 */
public final class H5BlankCellsExplained extends AbstractCheck {

    public H5BlankCellsExplained() {
        super("H5", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            String firstBlank = null;
            int blanks = 0;
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    if (table.text(r, c).isBlank()) {
                        blanks++;
                        if (firstBlank == null) {
                            firstBlank = table.ref(r, c);
                        }
                    }
                }
            }
            boolean explained = table.textAbove().stream()
                    .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("blank"));
            if (blanks > 0 && !explained) {
                out.add(violation(table.sheet(), firstBlank, blanks
                        + " blank data cell(s) with no explanation above the table; use [x], [z] or [c]"));
            }
        }
        return out;
    }
}
