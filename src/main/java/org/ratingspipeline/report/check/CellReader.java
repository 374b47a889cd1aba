package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Takes a cell's snapshot with as few trips into the XML store as POI allows. A workbook has a
 * few dozen styles shared by thousands of cells, so style facts are read once per style.
 */
final class CellReader {

    /**
     * POI gives a style's index as a short, which tells only this many styles apart; a file with
     * more (far past Excel's limit, which A11 reports) gets its style facts read per cell.
     */
    private static final int SHORT_VALUES = 1 << Short.SIZE;

    private final boolean shareStyles;
    /** Shared by the threads that read the sheets. */
    private final Map<Short, StyleFacts> styles = new ConcurrentHashMap<>();

    CellReader(int styleCount) {
        this.shareStyles = styleCount <= SHORT_VALUES;
    }

    /** The row index is passed in because POI's cell reads it from the row's XML on every call. */
    CellSnapshot read(XSSFCell cell, int row) {
        CellType cellType = cell.getCellType();
        CellType valueType = cellType == CellType.FORMULA ? cell.getCachedFormulaResultType() : cellType;
        String text;
        double number = Double.NaN;
        List<FontFacts> runFonts = List.of();
        switch (valueType) {
            case STRING -> {
                XSSFRichTextString rich = cell.getRichStringCellValue();
                text = rich.getString();
                if (cellType == CellType.STRING) {
                    runFonts = runFonts(rich);
                }
            }
            case NUMERIC -> {
                number = cell.getNumericCellValue();
                text = NumberToTextConverter.toText(number);
            }
            case BOOLEAN -> text = String.valueOf(cell.getBooleanCellValue());
            case ERROR -> text = "#ERROR";
            default -> text = "";
        }
        return new CellSnapshot(cell, row, cell.getColumnIndex(), cellType, valueType, text, number,
                style(cell), runFonts);
    }

    private StyleFacts style(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        if (style == null) {
            return null;
        }
        if (!shareStyles) {
            return StyleFacts.of(style);
        }
        return styles.computeIfAbsent(style.getIndex(), i -> StyleFacts.of(style));
    }

    private static List<FontFacts> runFonts(XSSFRichTextString rich) {
        int runs = rich.numFormattingRuns();
        if (runs == 0) {
            return List.of();
        }
        List<FontFacts> fonts = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            XSSFFont font = rich.getFontOfFormattingRun(i);
            if (font != null) {
                fonts.add(FontFacts.of(font));
            }
        }
        return List.copyOf(fonts);
    }
}
