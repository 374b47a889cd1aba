package org.ratingspipeline.report;

import java.util.List;
import java.util.Objects;

/**
 * A column of a published table: its name, its unit and the markers of the notes it refers to, which the writers
 * put on lines of their own under the name, as the spreadsheet standard asks ({@link #header()}:
 * {@code "Share\n(%)\n[note 3]"}). Sections give the three apart and never assemble the header themselves.
 *
 * @param name  what the column holds, on one line: "Share of authorities judged"
 * @param unit  what its numbers count, without the brackets ("%", "number", "£"); null for none (text, dates)
 * @param notes the note markers of {@link Notes#ref}, "[note 3]"; null for none
 * @param notesBeside whether the markers follow the name on its line ("Theme [note 2]"), not a line of their own
 */
public record Column(String name, String unit, String notes, boolean notesBeside, Kind kind) {

    public Column {
        if (name.contains("\n") || name.contains("[note")) {
            throw new IllegalArgumentException("column \"" + name + "\": a unit or a note marker goes in its own "
                    + "field, not in the name");
        }
    }

    /** The header as written: the name, then the unit in brackets and the note markers, each on a line of its own. */
    public String header() {
        String markers = notes == null ? "" : (notesBeside ? " " : "\n") + notes;
        return name + (unit == null ? "" : "\n(" + unit + ")") + markers;
    }

    /** The same column, referring to notes: {@code markers} as {@link Notes#ref} gives them, on a line of their own. */
    public Column withNotes(String markers) {
        return new Column(name, unit, markers, false, kind);
    }

    /** The same column, its note markers after its name on the same line. */
    public Column withNotesBeside(String markers) {
        return new Column(name, unit, markers, true, kind);
    }

    /**
     * Whether this is the column {@code other} names: the same kind, name and unit, whatever notes either refers to
     * (their numbers follow the reading order, so a chart naming a column need not know them). What a chart plots is
     * found this way, never by position, so a column added to a table cannot move a chart onto other figures.
     */
    public boolean sameAs(Column other) {
        return kind == other.kind && name.equals(other.name) && Objects.equals(unit, other.unit);
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

    public static Column text(String name) {
        return new Column(name, null, null, false, Kind.TEXT);
    }

    public static Column code(String name) {
        return new Column(name, null, null, false, Kind.CODE);
    }

    public static Column count(String name, String unit) {
        return new Column(name, unit, null, false, Kind.COUNT);
    }

    public static Column decimal(String name, String unit) {
        return new Column(name, unit, null, false, Kind.DECIMAL_1);
    }

    public static Column pounds(String name, String unit) {
        return new Column(name, unit, null, false, Kind.POUNDS);
    }

    public static Column plain(String name, String unit) {
        return new Column(name, unit, null, false, Kind.PLAIN);
    }

    /** A year or a line number that needs no unit (the standard exempts years and dates). */
    public static Column plain(String name) {
        return new Column(name, null, null, false, Kind.PLAIN);
    }

    public static Column dateTime(String name) {
        return new Column(name, null, null, false, Kind.DATE_TIME);
    }

    public static Column date(String name) {
        return new Column(name, null, null, false, Kind.DATE);
    }
}
