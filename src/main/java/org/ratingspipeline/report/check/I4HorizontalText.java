package org.ratingspipeline.report.check;

import java.util.List;

/** I4: text is horizontal; rotated or stacked text is hard to read and to magnify. */
public final class I4HorizontalText extends AbstractCheck {

    public I4HorizontalText() {
        super("I4", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (CellSnapshot cell : book.nonBlankCells()) {
            short rotation = cell.style().rotation();
            if (rotation != 0) {
                findings.add(cell, "text is rotated (" + rotation + ")");
            }
        }
        return findings.list();
    }
}
