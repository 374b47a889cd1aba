package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * I7: text left, numbers and numeric headings right (also shorthand in numeric columns, as
 * aftables does, so [x] lines up with the digits).
 */
public final class I7Alignment extends AbstractCheck {

    public I7Alignment() {
        super("I7", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(WorkbookLayout.of(workbook).tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (onlyShorthand(table, c)) {
                    // A date or number column with no value this time ([x] throughout) keeps its usual alignment.
                    continue;
                }
                boolean numeric = table.isNumeric(c) || table.isDate(c);
                for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                    XSSFCell cell = table.cell(r, c);
                    if (cell == null || Cells.isBlank(cell)) {
                        continue;
                    }
                    HorizontalAlignment align = cell.getCellStyle().getAlignment();
                    if (numeric && align != HorizontalAlignment.RIGHT) {
                        findings.add(cell, "numeric column cell is not right-aligned");
                    } else if (!numeric && cell.getCellType() == CellType.STRING
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
            if (!Cells.text(table.cell(r, column)).strip().matches("(\\[[a-z]+\\])+")) {
                return false;
            }
        }
        return true;
    }
}
