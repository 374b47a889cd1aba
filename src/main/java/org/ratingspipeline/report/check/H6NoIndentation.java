package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;

/**
 * H6: hierarchy is shown with separate columns, not indentation (formatted or with leading
 * spaces), which screen readers and machine readers cannot see.
 */
public final class H6NoIndentation extends AbstractCheck {

    public H6NoIndentation() {
        super("H6", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (TableView table : TableView.inWorkbook(book)) {
            for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null) {
                        continue;
                    }
                    if (cell.style().indent() != 0) {
                        findings.add(cell, "cell is indented; use a separate column for the hierarchy");
                    } else if (cell.cellType() == CellType.STRING
                            && !cell.text().isEmpty()
                            && Character.isWhitespace(cell.text().charAt(0))) {
                        findings.add(cell, "text starts with spaces (indentation); use a separate column");
                    }
                }
            }
        }
        return findings.list();
    }
}
