package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * I3: no italic (hard to read); underline only on hyperlinks (otherwise it looks like one);
 * no bold numbers in data cells.
 */
public final class I3NoItalicOrStrayEmphasis extends AbstractCheck {

    public I3NoItalicOrStrayEmphasis() {
        super("I3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (XSSFCell cell : Cells.nonBlank(sheet)) {
                XSSFFont font = Cells.font(cell);
                boolean italic = font.getItalic();
                boolean underline = font.getUnderline() != Font.U_NONE;
                for (XSSFFont run : Cells.runFonts(cell)) {
                    italic |= run.getItalic();
                    underline |= run.getUnderline() != Font.U_NONE;
                }
                if (italic) {
                    findings.add(cell, "italic text");
                }
                if (underline && !Cells.hasHyperlink(sheet, cell)) {
                    findings.add(cell, "underlined text that is not a hyperlink");
                }
            }
        }
        for (TableView table : TableView.onSheets(WorkbookLayout.of(workbook).tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (!table.isNumeric(c)) {
                    continue;
                }
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    XSSFCell cell = table.cell(r, c);
                    if (Cells.type(cell) == CellType.NUMERIC && Cells.font(cell).getBold()) {
                        findings.add(cell, "bold number in a data cell");
                    }
                }
            }
        }
        return findings.list();
    }
}
