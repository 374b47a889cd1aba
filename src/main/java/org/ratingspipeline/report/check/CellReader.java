package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

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
        return new CellSnapshot(cell.getSheet(), row, cell.getColumnIndex(), cellType, valueType, text, number,
                style(cell), runFonts);
    }

    /**
     * The same snapshot from a cell read off the XML ({@link WorksheetXml}), as POI's getters would give it for the
     * cell; what those getters would take elsewhere (a rich-text string, a style from the column) is not plain.
     */
    CellSnapshot read(PlainCell cell, XSSFSheet sheet, SharedStringsTable strings, StylesTable stylesTable) {
        CellType type;
        String text;
        double number = Double.NaN;
        String v = cell.value();
        switch (cell.type()) {
            case "s" -> {
                type = CellType.STRING;
                text = v == null ? "" : sharedString(strings, v);
            }
            case "b" -> {
                type = CellType.BOOLEAN;
                text = String.valueOf("1".equals(v));
            }
            case "e" -> {
                type = CellType.ERROR;
                text = "#ERROR";
            }
            default -> {
                type = v == null ? CellType.BLANK : CellType.NUMERIC;
                number = v == null ? Double.NaN : number(v);
                text = v == null ? "" : NumberToTextConverter.toText(number);
            }
        }
        StyleFacts style = style(cell, stylesTable);
        return new CellSnapshot(sheet, cell.row(), cell.col(), type, type, text, number, style, List.of());
    }

    private static String sharedString(SharedStringsTable strings, String index) {
        XSSFRichTextString rich;
        try {
            rich = (XSSFRichTextString) strings.getItemAt(Integer.parseInt(index));
        } catch (RuntimeException e) {
            throw new NotPlain("shared string " + index + ": " + e);
        }
        if (rich.numFormattingRuns() > 0) {
            throw new NotPlain("a rich-text string");
        }
        return rich.getString();
    }

    private static double number(String v) {
        try {
            return v.isEmpty() ? 0.0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new NotPlain("not a number: " + v);
        }
    }

    private StyleFacts style(PlainCell cell, StylesTable stylesTable) {
        XSSFCellStyle style = stylesTable == null || stylesTable.getNumCellStyles() == 0
                ? null : stylesTable.getStyleAt(cell.style());
        if (style == null) {
            throw new NotPlain("a cell whose style is not in the styles table");
        }
        return shared(style);
    }

    private StyleFacts style(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        if (style == null) {
            return null;
        }
        return shared(style);
    }

    private StyleFacts shared(XSSFCellStyle style) {
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
