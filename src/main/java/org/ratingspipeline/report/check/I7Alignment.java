package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * I7: text left, numbers and numeric headings right (also shorthand in numeric columns, as
 * aftables does, so [x] lines up with the digits).
 */
public final class I7Alignment extends AbstractCheck {

    public I7Alignment() {
        super("I7", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (onlyShorthand(table, c)) {
                    // A date or number column with no value this time ([x] throughout) keeps its usual alignment.
                    continue;
                }
                boolean numeric = table.isNumeric(c) || table.isDate(c);
                for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null || cell.isBlank()) {
                        continue;
                    }
                    HorizontalAlignment align = cell.style().alignment();
                    if (numeric && align != HorizontalAlignment.RIGHT) {
                        findings.add(cell, "numeric column cell is not right-aligned");
                    } else if (!numeric && cell.cellType() == CellType.STRING
                            && align != HorizontalAlignment.LEFT && align != HorizontalAlignment.GENERAL) {
                        findings.add(cell, "text cell is not left-aligned");
                    }
                }
            }
        }
        return findings.list();
    }

    private static boolean onlyShorthand(TableView table, int column) {
        for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
            if (!table.text(r, column).strip().matches("(\\[[a-z]+\\])+")) {
                return false;
            }
        }
        return true;
    }
}
