package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** I4: text is horizontal; rotated or stacked text is hard to read and to magnify. */
public final class I4HorizontalText extends AbstractCheck {

    public I4HorizontalText() {
        super("I4", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (CellSnapshot cell : book.cells(workbook.getSheetAt(i)).nonBlank()) {
                short rotation = cell.style().rotation();
                if (rotation != 0) {
                    findings.add(cell, "text is rotated (" + rotation + ")");
                }
            }
        }
        return findings.list();
    }
}
