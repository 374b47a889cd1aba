package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** I4: text is horizontal; rotated or stacked text is hard to read and to magnify. */
public final class I4HorizontalText extends AbstractCheck {

    public I4HorizontalText() {
        super("I4", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (XSSFCell cell : Cells.nonBlank(workbook.getSheetAt(i))) {
                short rotation = cell.getCellStyle().getRotation();
                if (rotation != 0) {
                    findings.add(cell, "text is rotated (" + rotation + ")");
                }
            }
        }
        return findings.list();
    }
}
