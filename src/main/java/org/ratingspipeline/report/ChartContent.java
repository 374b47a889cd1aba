package org.ratingspipeline.report;

import java.util.List;
import org.ratingspipeline.report.workbook.Chart;

/**
 * A chart as a report section describes it, before the workbook numbers it: drawn from one of the
 * section's own tables, named by its {@link TableContent#key()}, so the section never needs to know
 * which sheet the table lands on or how many lines of text sit above it.
 *
 * <p>Rows are indexes into the table's data rows (0 = the first row under the header) and must be
 * contiguous, because a chart series is one cell range. Columns are named, not counted: each is found among the
 * table's columns by {@link Column#sameAs} when the chart is numbered, and a chart naming a column its table lacks
 * is refused, so a column added to the table cannot silently move the chart onto other figures. The workbook
 * refuses a chart whose value cells are not all numbers: Excel plots shorthand such as {@code [x]} as 0.
 *
 * @param title       the chart's title, without "Chart n: "; also the alt text's title
 * @param description what the chart shows, in words, for A2 and the alt text (screen readers read it
 *                    instead of the picture, so it should say what the picture says)
 * @param categories  the column holding the category labels (text)
 * @param series      one column of numbers per series
 */
public record ChartContent(String key, String title, String description, Kind kind, String tableKey,
                           int firstRow, int lastRow, Column categories, List<Series> series,
                           String valueAxisTitle, Scale scale, String sheetName, boolean headline) {

    /**
     * A chart of shares on the headline page and a sheet named for its number ({@code Chart_2}): a 0 to 100 scale
     * for bars and lines, 0 to 100% for stacked bars.
     */
    public ChartContent(String key, String title, String description, Kind kind, String tableKey, int firstRow,
                        int lastRow, Column categories, List<Series> series, String valueAxisTitle) {
        this(key, title, description, kind, tableKey, firstRow, lastRow, categories, series, valueAxisTitle,
                Scale.SHARES, null, true);
    }

    /**
     * The value axis: its ends (null: the spreadsheet program chooses, from the values) and how its numbers and the
     * data labels are written (Excel number formats).
     */
    public record Scale(Double minimum, Double maximum, String axisFormat, String labelFormat) {
        /** Shares, 0 to 100, labelled to one decimal place. */
        public static final Scale SHARES = new Scale(0.0, 100.0, "0", "0.0");

        /** Pounds from zero up to what the values need, labelled in whole pounds. */
        public static Scale pounds() {
            return new Scale(0.0, null, "#,##0", "#,##0");
        }

        /** A percentage that may be negative (an underspend), ends chosen from the values, one decimal place. */
        public static Scale signedPercent() {
            return new Scale(null, null, "0", "0.0");
        }
    }

    /**
     * A chart for a profile or other part beyond the headlines: on a sheet of its own name, and left off the
     * headline web page, whose charts are the national headlines.
     */
    public ChartContent onSheet(String name, Scale axis) {
        return new ChartContent(key, title, description, kind, tableKey, firstRow, lastRow, categories, series,
                valueAxisTitle, axis, name, false);
    }

    public enum Kind {
        /** Horizontal bars, one series: a share per category. */
        BAR,
        /** Horizontal bars split into the series' shares of 100 per cent, in series order. */
        STACKED_BAR_100,
        /** A line through the categories in order (a time series). */
        LINE
    }

    /** A series: the column its numbers are in, and its name for the legend. */
    public record Series(Column column, String name) {
    }

    /** Where the columns a chart names are in its table: the categories' position and each series'. */
    public record Plotted(int categories, List<Integer> series) {
        public Plotted {
            series = List.copyOf(series);
        }
    }

    /**
     * Finds the columns this chart names among its table's {@code columns}.
     *
     * @throws IllegalArgumentException naming the chart and the column, when the table has no such column (or two)
     */
    public Plotted plotted(List<Column> columns) {
        return new Plotted(find(columns, categories), series.stream().map(s -> find(columns, s.column())).toList());
    }

    private int find(List<Column> columns, Column wanted) {
        int c = Column.indexOf(columns, wanted);
        if (c < 0) {
            throw new IllegalArgumentException("chart " + key + " plots column \"" + wanted.header().replace("\n", " ")
                    + "\", which table " + tableKey + " does not have (or has twice)");
        }
        return c;
    }

    public ChartContent {
        series = List.copyOf(series);
        if (scale == null) {
            scale = Scale.SHARES;
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException(key + ": a chart needs at least one series");
        }
        if (firstRow < 0 || lastRow < firstRow) {
            throw new IllegalArgumentException(key + ": rows " + firstRow + " to " + lastRow);
        }
    }
}
