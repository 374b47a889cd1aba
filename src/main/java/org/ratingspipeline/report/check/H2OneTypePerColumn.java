package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** H2: a numeric column holds numbers and shorthand strings only (blank cells are H5's concern). */
public final class H2OneTypePerColumn extends AbstractCheck {

    public H2OneTypePerColumn() {
        super("H2", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(WorkbookLayout.of(workbook).tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (!table.isNumeric(c)) {
                    continue;
                }
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    XSSFCell cell = table.cell(r, c);
                    if (Cells.isBlank(cell) || Cells.type(cell) == CellType.NUMERIC) {
                        continue;
                    }
                    String text = Cells.text(cell).strip();
                    if (Cells.type(cell) != CellType.STRING || !Text.SHORTHAND_CELL.matcher(text).matches()) {
                        findings.add(cell, "numeric column holds '" + text + "'; use a number or shorthand like [x]");
                    }
                }
            }
        }
        return findings.list();
    }
}
