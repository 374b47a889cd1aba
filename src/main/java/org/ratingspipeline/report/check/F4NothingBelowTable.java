package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * F4: everything that is not table is above it in column A; nothing below or beside the table,
 * where screen reader users would not look for it.
 */
public final class F4NothingBelowTable extends AbstractCheck {

    public F4NothingBelowTable() {
        super("F4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (XSSFSheet sheet : WorkbookLayout.of(workbook).tableSheets()) {
            List<TableView> tables = TableView.onSheet(sheet);
            if (tables.isEmpty()) {
                continue;
            }
            TableView table = tables.get(0);
            for (XSSFCell cell : Cells.nonBlank(sheet)) {
                int row = cell.getRowIndex();
                int col = cell.getColumnIndex();
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
