package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Null-safe cell access shared by the checks. */
final class Cells {

    /** Indexed colour 64 is Excel's "system foreground", which renders like automatic. */
    private static final int SYSTEM_FOREGROUND = 64;

    /**
     * Theme colour 1 ("Text 1", dk1) is what Excel's and POI's default font use; in the Office
     * theme it maps to the system window text colour, so it follows high-contrast settings
     * like automatic colour does.
     */
    private static final int THEME_TEXT_1 = 1;

    private Cells() {
    }

    /** Cell text as the checks compare it; numbers without formatting so the result is locale-free. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        switch (type(cell)) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                return NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            case ERROR:
                return "#ERROR";
            default:
                return "";
        }
    }

    /** The type a reader sees: a formula counts as the type of its cached result (A7 reports the formula). */
    static CellType type(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    static boolean isBlank(Cell cell) {
        return text(cell).isBlank();
    }

    static XSSFCell get(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : (XSSFCell) r.getCell(col);
    }

    static String text(XSSFSheet sheet, int row, int col) {
        return text(get(sheet, row, col));
    }

    static String ref(int row, int col) {
        return new CellAddress(row, col).formatAsString();
    }

    /** Every physically present cell, in reading order (across rows, then down). */
    static List<XSSFCell> all(XSSFSheet sheet) {
        List<XSSFCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                cells.add((XSSFCell) cell);
            }
        }
        return cells;
    }

    static List<XSSFCell> nonBlank(XSSFSheet sheet) {
        List<XSSFCell> cells = new ArrayList<>();
        for (XSSFCell cell : all(sheet)) {
            if (!isBlank(cell)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    static XSSFCellStyle style(Cell cell) {
        return (XSSFCellStyle) cell.getCellStyle();
    }

    static XSSFFont font(Cell cell) {
        return style(cell).getFont();
    }

    /** Fonts of rich-text runs; a run can override the cell font, e.g. to make a note marker superscript. */
    static List<XSSFFont> runFonts(Cell cell) {
        List<XSSFFont> fonts = new ArrayList<>();
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return fonts;
        }
        XSSFRichTextString rich = (XSSFRichTextString) cell.getRichStringCellValue();
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            XSSFFont font = rich.getFontOfFormattingRun(i);
            if (font != null) {
                fonts.add(font);
            }
        }
        return fonts;
    }

    /** Size in points, keeping half points (POI's short accessor would round 11.5 down). */
    static double points(XSSFFont font) {
        return font.getFontHeight() / 20.0;
    }

    /** A run font only overrides the size when it says so; otherwise the cell font applies. */
    static boolean runSetsSize(XSSFFont runFont) {
        return runFont.getCTFont().sizeOfSzArray() > 0;
    }

    static boolean runSetsName(XSSFFont runFont) {
        return runFont.getCTFont().sizeOfNameArray() > 0;
    }

    static boolean isAutomatic(XSSFColor color) {
        if (color == null || color.isAuto()) {
            return true;
        }
        if (color.isThemed()) {
            return color.getTheme() == THEME_TEXT_1 && !color.hasTint();
        }
        return color.isIndexed() && !color.isRGB() && color.getIndex() == SYSTEM_FOREGROUND;
    }

    static boolean hasHyperlink(XSSFSheet sheet, Cell cell) {
        for (XSSFHyperlink link : sheet.getHyperlinkList()) {
            if (cell.getRowIndex() >= link.getFirstRow() && cell.getRowIndex() <= link.getLastRow()
                    && cell.getColumnIndex() >= link.getFirstColumn() && cell.getColumnIndex() <= link.getLastColumn()) {
                return true;
            }
        }
        return false;
    }
}
