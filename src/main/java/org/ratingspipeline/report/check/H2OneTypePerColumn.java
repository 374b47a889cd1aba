package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;

/** H2: a numeric column holds numbers and shorthand strings only (blank cells are H5's concern). */
public final class H2OneTypePerColumn extends AbstractCheck {

    public H2OneTypePerColumn() {
        super("H2", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (CellSnapshot cell : TableView.numericDataCells(book)) {
            if (cell.isBlank() || cell.valueType() == CellType.NUMERIC) {
                continue;
            }
            String text = cell.text().strip();
            if (cell.valueType() != CellType.STRING || !Text.SHORTHAND_CELL.matcher(text).matches()) {
                findings.add(cell, "numeric column holds '" + text + "'; use a number or shorthand like [x]");
            }
        }
        return findings.list();
    }
}
