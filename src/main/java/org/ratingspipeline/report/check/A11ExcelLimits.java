package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A11: within Excel's limits. The standard gives no severity; we treat it as essential because
 * Excel truncates or refuses a file beyond them.
 */
public final class A11ExcelLimits extends AbstractCheck {

    /** Excel's documented limit; POI enforces a different ceiling, so we check the number ourselves. */
    static final int MAX_CELL_STYLES = 64_000;

    public A11ExcelLimits() {
        super("A11", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        SpreadsheetVersion excel = SpreadsheetVersion.EXCEL2007;
        if (workbook.getNumCellStyles() >= MAX_CELL_STYLES) {
            out.add(violation(workbook.getNumCellStyles() + " cell styles; Excel allows fewer than "
                    + MAX_CELL_STYLES));
        }
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() > excel.getLastRowIndex()) {
                out.add(violation(sheet, "sheet has more than " + excel.getMaxRows() + " rows"));
            }
            for (CellSnapshot cell : book.cells(sheet).all()) {
                if (cell.col() > excel.getLastColumnIndex()) {
                    findings.add(cell, "cell is beyond Excel's last column");
                }
                if (cell.cellType() == CellType.STRING
                        && cell.text().length() > excel.getMaxTextLength()) {
                    findings.add(cell, "text is longer than " + excel.getMaxTextLength() + " characters");
                }
            }
        }
        out.addAll(findings.list());
        return out;
    }
}
