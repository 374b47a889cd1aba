package org.ratingspipeline.report;

import java.util.List;

/**
 * A chart as a report section describes it, before the workbook numbers it: drawn from one of the
 * section's own tables, named by its {@link TableContent#key()}, so the section never needs to know
 * which sheet the table lands on or how many lines of text sit above it.
 *
 * <p>Rows are indexes into the table's data rows (0 = the first row under the header) and must be
 * contiguous, because a chart series is one cell range. The workbook refuses a chart whose value
 * cells are not all numbers: Excel plots shorthand such as {@code [x]} as 0.
 *
 * @param title       the chart's title, without "Chart n: "; also the alt text's title
 * @param description what the chart shows, in words, for A2 and the alt text (screen readers read it
 *                    instead of the picture, so it should say what the picture says)
 * @param categories  the column holding the category labels (text)
 * @param series      one column of numbers per series
 */
public record ChartContent(String key, String title, String description, Kind kind, String tableKey,
                           int firstRow, int lastRow, int categories, List<Series> series, String valueAxisTitle) {

    public enum Kind {
        /** Horizontal bars, one series: a share per category. */
        BAR,
        /** Horizontal bars split into the series' shares of 100 per cent, in series order. */
        STACKED_BAR_100,
        /** A line through the categories in order (a time series). */
        LINE
    }

    /** A series: the column its numbers are in, and its name for the legend. */
    public record Series(int column, String name) {
    }

    public ChartContent {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(key + ": a chart needs at least one series");
        }
        if (firstRow < 0 || lastRow < firstRow) {
            throw new IllegalArgumentException(key + ": rows " + firstRow + " to " + lastRow);
        }
    }
}
