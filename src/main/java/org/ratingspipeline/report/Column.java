package org.ratingspipeline.report;

/**
 * A column of a published table. Numeric headers carry their unit on a line of its own, as the
 * spreadsheet standard asks: {@code "Share\n(%)"}.
 */
public record Column(String header, Kind kind) {

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
