package org.ratingspipeline.report.workbook;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * How much room text takes, estimated from its characters, so column widths and row heights are
 * set when the workbook is written: no spreadsheet program fits the height of a row whose height
 * is in the file, and LibreOffice does not fit rows without one either, so a wrapped paragraph
 * left at the default height runs over the rows below it.
 *
 * <p>Widths are in column units, the width of a digit of the workbook's default font, which
 * {@link WorkbookStyles} makes Arial 12 (so Excel and LibreOffice, with its metric-compatible
 * Liberation Sans, agree on what a unit is). Each character counts its Arial advance width,
 * rounded up, plus a margin, so an estimate errs towards one line too many rather than one too
 * few: a row a little tall costs a few points of paper, a row too short hides words.
 */
final class TextFit {

    /** Estimates are this much wider than Arial's advance widths: kerning, hinting and rounding in the renderers. */
    private static final double SAFETY = 1.06;
    /** Bold Arial is about 7% wider than regular. */
    private static final double BOLD = 1.08;
    /** Room a renderer leaves between a cell's border and its text, both sides together. */
    private static final double CELL_PADDING = 1.0;
    /** Line pitch of Arial in Excel and LibreOffice, as a multiple of the font size, rounded up. */
    private static final double LINE_PITCH = 1.25;
    private static final double ROW_PADDING_POINTS = 2.5;

    private static final DataFormatter DISPLAY = new DataFormatter(Locale.UK);

    private TextFit() {
    }

    /** The width of one line of text in column units, at the given size. */
    static double width(String line, double points, boolean bold) {
        double digits = 0;
        for (int i = 0; i < line.length(); i++) {
            digits += advance(line.charAt(i));
        }
        return digits * (points / 12.0) * (bold ? BOLD : 1.0) * SAFETY;
    }

    /** The widest line of the text, in column units; lines are the text's own line breaks. */
    static double widestLine(String text, double points, boolean bold) {
        double widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, width(line, points, bold));
        }
        return widest;
    }

    /**
     * How many lines the text takes when wrapped in a column this wide: each explicit line break
     * starts a line, words wrap at spaces, and a word wider than the column is broken, as both
     * Excel and LibreOffice do.
     */
    static int lines(String text, double columnUnits, double points, boolean bold) {
        double room = Math.max(1, columnUnits - CELL_PADDING);
        double space = width(" ", points, bold);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int count = 1;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double w = width(word, points, bold);
                if (used > 0 && used + space + w <= room) {
                    used += space + w;
                    continue;
                }
                if (used > 0) {
                    count++;
                }
                // a word wider than the column is broken over as many lines as it needs
                int extra = (int) Math.ceil(w / room) - 1;
                count += Math.max(0, extra);
                used = w - Math.max(0, extra) * room;
            }
            lines += count;
        }
        return lines;
    }

    /** The row height, in points, that shows this many lines of text of this size. */
    static float rowHeight(int lines, double points) {
        return (float) Math.ceil(lines * points * LINE_PITCH + ROW_PADDING_POINTS);
    }

    /**
     * Gives every row of the sheet the height its tallest cell needs: wrapped cells at their
     * column's width, others one line per explicit line break, each in its own font size. The one
     * rule every sheet of the workbook is laid out by.
     */
    static void fitRows(Sheet sheet) {
        RowHeights heights = new RowHeights();
        Map<Integer, Double> columnUnits = new HashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                double units = columnUnits.computeIfAbsent(cell.getColumnIndex(), c -> sheet.getColumnWidth(c) / 256.0);
                if (cell.getCellType() == CellType.NUMERIC) {
                    heights.value(cell, cell.getNumericCellValue(), cell.getCellStyle(), units);
                } else if (cell.getCellType() != CellType.BLANK) {
                    heights.text(DISPLAY.formatCellValue(cell), cell.getCellStyle(), units);
                }
            }
            heights.setOn(row);
        }
    }

    /**
     * Row heights, one row at a time: each style's font and wrapping is asked of POI once, and the text of a number
     * or date once per style and value, from the first cell that shows it (a table repeats the same counts and
     * shares thousands of times, and formatting one through its number format is the slow part). A table sets its
     * heights as it is written, from the values its cells are given, so its cells are not read back (a national
     * workbook has 41,000 of them); {@link #fitRows} reads a written sheet's cells.
     */
    static final class RowHeights {
        private final Map<Short, CellLook> looks = new HashMap<>();
        private final Map<ValueShown, String> shown = new HashMap<>();
        private float height;

        /** A cell of the row being written that shows this text, in a column this many units wide. */
        void text(String text, CellStyle style, double columnUnits) {
            height = Math.max(height, look(style).heightOf(text, columnUnits));
        }

        /** A cell of the row being written that holds this number or date, in a column this many units wide. */
        void value(Cell cell, Object value, CellStyle style, double columnUnits) {
            String text = shown.computeIfAbsent(new ValueShown(style.getIndex(), value),
                    v -> DISPLAY.formatCellValue(cell));
            text(text, style, columnUnits);
        }

        /** Gives the row written the height its tallest cell needs, and starts the next row. */
        void setOn(Row row) {
            if (height > 0) {
                row.setHeightInPoints(height);
            }
            height = 0;
        }

        private CellLook look(CellStyle style) {
            return looks.computeIfAbsent(style.getIndex(), i -> CellLook.of((XSSFCellStyle) style));
        }
    }

    private record CellLook(double points, boolean bold, boolean wrap) {
        static CellLook of(XSSFCellStyle style) {
            XSSFFont font = style.getFont();
            return new CellLook(font.getFontHeightInPoints(), font.getBold(), style.getWrapText());
        }

        /** Wrapped text at its column's width, other text one line per explicit line break. */
        float heightOf(String text, double columnUnits) {
            int lines = wrap ? lines(text, columnUnits, points, bold) : text.split("\n", -1).length;
            return rowHeight(lines, points);
        }
    }

    private record ValueShown(short style, Object value) {
    }

    /**
     * Arial's advance width of a character in digit widths (a digit is 556/1000 of an em), each
     * class rounded up to its widest member; characters Arial has no class for count as a capital.
     */
    private static double advance(char c) {
        if ("ijl|'".indexOf(c) >= 0) {
            return 222 / 556.0;
        }
        if (" .,;:!ft/\\[]()I-".indexOf(c) >= 0) {
            return 333 / 556.0;
        }
        if ("r\"*^`".indexOf(c) >= 0) {
            return 389 / 556.0;
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "$_#?£+=<>~".indexOf(c) >= 0) {
            return c == 'm' || c == 'w' ? 833 / 556.0 : 1.0;
        }
        if (c == 'M' || c == 'W' || c == '%' || c == '@') {
            return 1015 / 556.0;
        }
        return 778 / 556.0;
    }
}
