package org.ratingspipeline.common;

import java.util.EnumSet;
import java.util.List;

/**
 * How the workbook looks: its fonts, column widths, chart geometry and palette, page margins and the order of a table
 * sheet's lines, under {@code ratings.workbook} in {@code application.yml} (documented there, the defaults being the
 * workbook as published). The writer is given it; the workbook checker never reads it, so a theme that breaks the
 * spreadsheet standard is caught by the checker rather than excused by it.
 *
 * <p>Here rather than beside the writer because it is bound as part of {@link RatingsProperties}, and the shared
 * settings depend on no other package.
 *
 * @param tableSheetLines the order of the lines above a table, title first
 */
public record WorkbookTheme(Fonts fonts, Widths widths, Chart chart, Page page, List<SheetLine> tableSheetLines) {

    public WorkbookTheme {
        tableSheetLines = List.copyOf(tableSheetLines);
        if (tableSheetLines.size() != SheetLine.values().length
                || !EnumSet.copyOf(tableSheetLines).equals(EnumSet.allOf(SheetLine.class))
                || tableSheetLines.get(0) != SheetLine.TITLE) {
            throw new IllegalArgumentException("ratings.workbook.table-sheet-lines must list each of "
                    + List.of(SheetLine.values()) + " once, title first (the title is A1), not " + tableSheetLines);
        }
    }

    /**
     * The one font face of the workbook and its sizes in points. Column widths and row heights are estimated with
     * Arial's character widths, so another face needs those measures too.
     */
    public record Fonts(String name, int body, int title, int heading) {
    }

    /**
     * Column widths in column units (the width of a digit of the body font).
     *
     * @param cover         the cover's one column
     * @param minColumn     a table column's least width
     * @param maxColumn     a table column's greatest width, beyond which its text wraps
     * @param headerLine    the width a header's lines ask before the header wraps over a narrower column of numbers
     * @param columnPadding units added to the widest text of a column
     */
    public record Widths(int cover, int minColumn, int maxColumn, int headerLine, int columnPadding) {
    }

    /**
     * A chart sheet: the text in its column A, then the chart below it.
     *
     * @param width       column A's width, in column units: the text's and the chart's
     * @param firstRow    the row (0-based) the chart's top edge is anchored to
     * @param lastRow     the row its bottom edge is anchored to, which is also the end of the printed page
     * @param barGap      the gap between bars, in per cent of a bar's width
     * @param lineWidth   a line series' width, in points
     * @param labelSize   the data labels' size, in points
     * @param labelColour the data labels' colour outside a bar (RGB hex)
     * @param palette     the series' colours in order, each with the colour of a label written on it
     */
    public record Chart(int width, int firstRow, int lastRow, int barGap, double lineWidth, int labelSize,
                        String labelColour, List<Colour> palette) {
        public Chart {
            hex(labelColour);
            palette = List.copyOf(palette);
            if (palette.isEmpty()) {
                throw new IllegalArgumentException("ratings.workbook.chart.palette needs at least one colour");
            }
        }
    }

    /** A series' fill and the colour of a label on it, as RGB hex ({@code 12436D}). */
    public record Colour(String fill, String label) {
        public Colour {
            hex(fill);
            hex(label);
        }
    }

    /** Colours are six hex digits; quoted in YAML, where 000000 would otherwise be read as the number 0. */
    private static void hex(String colour) {
        if (colour == null || !colour.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("ratings.workbook.chart: colour " + colour + " is not six hex digits");
        }
    }

    /**
     * The printed page, A4 (margins in inches).
     *
     * @param portraitWidth    column units across a portrait page inside the side margins: wider content prints
     *                         landscape
     * @param smallestFit      the scale below which a wide table prints several pages wide instead of one
     * @param wideScalePercent the scale such a table prints at
     */
    public record Page(double sideMargin, double topMargin, double bottomMargin, double headerFooterMargin,
                       double portraitWidth, double smallestFit, int wideScalePercent, String footer) {
    }

    /** The lines above a table. */
    public enum SheetLine {
        /** "Table n: ..." (A1). */
        TITLE,
        /** The section's lines that say what the table holds. */
        DESCRIPTION,
        /** What numbering added: the table has no rows, or lists only its first rows. */
        ROW_NOTES,
        /** The section's last line, where the numbers come from. */
        SOURCE,
        /** What each shorthand the table uses ({@code [x]}) means. */
        SHORTHAND
    }
}
