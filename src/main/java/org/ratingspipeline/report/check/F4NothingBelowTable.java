package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * F4: everything that is not table is above it in column A; nothing below or beside the table,
 * where screen reader users would not look for it.
 */
public final class F4NothingBelowTable extends AbstractCheck {

    public F4NothingBelowTable() {
        super("F4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (XSSFSheet sheet : book.layout().tableSheets()) {
            List<TableView> tables = TableView.onSheet(book, sheet);
            if (tables.isEmpty()) {
                continue;
            }
            TableView table = tables.get(0);
            for (CellSnapshot cell : book.cells(sheet).nonBlank()) {
                int row = cell.row();
                int col = cell.col();
                if (tables.stream().anyMatch(t -> t.contains(row, col))) {
                    continue;
                }
                if (row > table.lastRow()) {
                    findings.add(cell, "content below the table");
                } else if (row >= table.headerRow()) {
                    findings.add(cell, "content beside the table");
                } else if (col > 0) {
                    findings.add(cell, "content above the table must be in column A");
                }
            }
        }
        return findings.list();
    }
}
