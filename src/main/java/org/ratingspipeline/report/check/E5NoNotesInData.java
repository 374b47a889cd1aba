package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Locale;

/** E5: note markers go in titles, headers or row labels, never in numeric data cells. */
public final class E5NoNotesInData extends AbstractCheck {

    public E5NoNotesInData() {
        super("E5", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (CellSnapshot cell : TableView.numericDataCells(book)) {
            if (cell.text().toLowerCase(Locale.ROOT).contains("[note")) {
                findings.add(cell, "note marker in a numeric data cell; put it in the header or row label");
            }
        }
        return findings.list();
    }
}
