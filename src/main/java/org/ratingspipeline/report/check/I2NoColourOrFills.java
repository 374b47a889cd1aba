package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * I2: automatic font colour, no fills and no conditional formatting, so nothing depends on
 * colour and high-contrast themes keep working.
 */
public final class I2NoColourOrFills extends AbstractCheck {

    public I2NoColourOrFills() {
        super("I2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            int conditional = sheet.getSheetConditionalFormatting().getNumConditionalFormattings();
            if (conditional > 0) {
                out.add(violation(sheet, "sheet has " + conditional + " conditional formatting rule(s)"));
            }
            // blank cells count too: a filled empty cell is still a coloured block
            for (CellSnapshot cell : book.cells(sheet).all()) {
                if (cell.style().fill() != FillPatternType.NO_FILL) {
                    findings.add(cell, "cell has a background fill");
                }
                if (cell.isBlank()) {
                    continue;
                }
                FontFacts font = cell.font();
                if (!font.automaticColour()) {
                    findings.add(cell, "font colour is " + describe(font.colour()) + ", not automatic");
                }
                for (FontFacts run : cell.runFonts()) {
                    if (!run.automaticColour()) {
                        findings.add(cell, "rich-text run has font colour " + describe(run.colour()));
                    }
                }
            }
        }
        out.addAll(findings.list());
        return out;
    }

    /** Names the colour so the writer can be fixed; POI's default font, for one, is indexed 8 (black). */
    private static String describe(XSSFColor colour) {
        if (colour.isThemed()) {
            return "theme " + colour.getTheme();
        }
        if (colour.isIndexed() && !colour.isRGB()) {
            return "indexed " + colour.getIndex();
        }
        return colour.getARGBHex() == null ? "set" : "#" + colour.getARGBHex();
    }
}
