package org.ratingspipeline.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A column of a published table. Numeric headers carry their unit on a line of its own, as the
 * spreadsheet standard asks: {@code "Share\n(%)"}.
 */
public record Column(String header, Kind kind) {

    private static final Pattern NOTE_MARKER = Pattern.compile("\\s*\\[note [\\d, ]+\\]");

    /**
     * Whether this is the column {@code other} names: the same kind and the same header, note markers aside (their
     * numbers follow the reading order, so a chart naming a column need not know them). What a chart plots is found
     * this way, never by position, so a column added to a table cannot move a chart onto other figures.
     */
    public boolean sameAs(Column other) {
        return kind == other.kind && withoutNotes(header).equals(withoutNotes(other.header));
    }

    /** The position of the column {@code wanted} names among {@code columns}; -1 when none is, or more than one. */
    public static int indexOf(List<Column> columns, Column wanted) {
        int found = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).sameAs(wanted)) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    private static String withoutNotes(String text) {
        return NOTE_MARKER.matcher(text).replaceAll("").strip();
    }

    public enum Kind {
        /** Words; left aligned. */
        TEXT,
        /** An identifier that looks like a number (old LA code 306): text, with Excel's warning switched off. */
        CODE,
        /** A count, thousands separated. */
        COUNT,
        /** One decimal place. */
        DECIMAL_1,
        /** Pounds, no decimals, thousands separated. */
        POUNDS,
        /** A calendar date. */
        DATE,
        /** A date and time of day. */
        DATE_TIME,
        /** A year or a line number: no thousands separator. */
        PLAIN;

        public boolean temporal() {
            return this == DATE || this == DATE_TIME;
        }

        public boolean numeric() {
            return this == COUNT || this == DECIMAL_1 || this == POUNDS || this == PLAIN;
        }
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column code(String header) {
        return new Column(header, Kind.CODE);
    }

    public static Column count(String header) {
        return new Column(header, Kind.COUNT);
    }

    public static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL_1);
    }

    public static Column pounds(String header) {
        return new Column(header, Kind.POUNDS);
    }

    public static Column plain(String header) {
        return new Column(header, Kind.PLAIN);
    }

    public static Column dateTime(String header) {
        return new Column(header, Kind.DATE_TIME);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE);
    }
}
