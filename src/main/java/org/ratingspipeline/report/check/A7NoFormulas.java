package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A7: values are hard-coded; formulas can show stale or recalculated values. */
public final class A7NoFormulas extends AbstractCheck {

    public A7NoFormulas() {
        super("A7", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (CellSnapshot cell : book.cells(workbook.getSheetAt(i)).all()) {
                if (cell.cellType() == CellType.FORMULA) {
                    findings.add(cell, "cell holds a formula; write the value instead");
                }
            }
        }
        return findings.list();
    }
}
