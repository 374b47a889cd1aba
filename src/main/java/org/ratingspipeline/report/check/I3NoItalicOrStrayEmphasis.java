package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
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
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (CellSnapshot cell : book.cells(sheet).nonBlank()) {
                boolean italic = cell.font().italic();
                boolean underline = cell.font().underlined();
                for (FontFacts run : cell.runFonts()) {
                    italic |= run.italic();
                    underline |= run.underlined();
                }
                if (italic) {
                    findings.add(cell, "italic text");
                }
                if (underline && !Cells.hasHyperlink(sheet, cell.row(), cell.col())) {
                    findings.add(cell, "underlined text that is not a hyperlink");
                }
            }
        }
        for (CellSnapshot cell : TableView.numericDataCells(book)) {
            if (cell.valueType() == CellType.NUMERIC && cell.font().bold()) {
                findings.add(cell, "bold number in a data cell");
            }
        }
        return findings.list();
    }
}
