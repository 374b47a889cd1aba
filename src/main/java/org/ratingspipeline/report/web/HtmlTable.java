package org.ratingspipeline.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Shorthand;

/**
 * A report table as an HTML table: its caption, one header cell per column ({@code scope="col"})
 * and, in each row, the first text column as the row's header ({@code scope="row"}), so a screen
 * reader announces "Good, Local authorities (number), 67". Cells are formatted as the workbook's
 * number formats show them. The table sits in a scrolling region of its own: a wide table scrolls
 * sideways inside it on a phone instead of widening the page, and the region can take keyboard focus.
 */
public final class HtmlTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private HtmlTable() {
    }

    /** @param id unique in the page; the caption's id is derived from it */
    public static Html of(String id, String caption, List<Column> columns, List<List<Object>> rows) {
        String captionId = id + "-caption";
        int rowHeader = rowHeaderColumn(columns);
        List<Html> head = new ArrayList<>();
        for (Column c : columns) {
            head.add(Html.el("th", Html.attrs("scope", "col", "class", numeric(c) ? "num" : null), lines(c.header())));
        }
        List<Html> body = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Html> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Html value = Html.text(cell(row.get(c), column));
                cells.add(c == rowHeader ? Html.el("th", Html.attrs("scope", "row"), value)
                        : Html.el("td", Html.attrs("class", numeric(column) ? "num" : null), value));
            }
            body.add(Html.el("tr", Html.join(cells)));
        }
        Html table = Html.el("table", Html.attrs("id", id),
                Html.el("caption", Html.attrs("id", captionId), Html.text(caption)),
                Html.el("thead", Html.el("tr", Html.join(head))),
                Html.el("tbody", Html.join(body)));
        return Html.el("div", Html.attrs("class", "table-wrap", "role", "region", "aria-labelledby", captionId,
                "tabindex", "0"), table);
    }

    /** The column that names each row: the first text column (a region code is not how a reader finds a row). */
    static int rowHeaderColumn(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == Column.Kind.TEXT) {
                return c;
            }
        }
        return 0;
    }

    private static boolean numeric(Column c) {
        return c.kind().numeric() || c.kind().temporal();
    }

    /** A header written on several lines in the workbook ("Share\n(%)") keeps its lines. */
    static Html lines(String text) {
        String[] parts = text.split("\n");
        if (parts.length == 1) {
            return Html.text(text);
        }
        List<Html> spans = new ArrayList<>();
        for (String part : parts) {
            spans.add(Html.el("span", Html.attrs("class", "line"), Html.text(part)));
        }
        return Html.join(spans);
    }

    /** A value as the workbook's cell shows it: "1,234", "21.7", "31 Mar 2025", "[z]". */
    public static String cell(Object value, Column column) {
        if (value instanceof Shorthand s) {
            return s.workbook();
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Number n) {
            BigDecimal b = n instanceof BigDecimal big ? big : new BigDecimal(n.toString());
            return switch (column.kind()) {
                case DECIMAL_1 -> String.format(Locale.UK, "%,.1f", b);
                case PLAIN -> String.format(Locale.UK, "%.0f", b);
                default -> String.format(Locale.UK, "%,.0f", b);
            };
        }
        return String.valueOf(value);
    }
}
