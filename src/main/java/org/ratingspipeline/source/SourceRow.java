package org.ratingspipeline.source;

/** One data record of an input file, with the line it starts on (the header is line 1). */
public record SourceRow<F extends Enum<F> & SourceField>(long line, String[] values, HeaderMap<F> header) {

    /** The stripped value of a field, or {@code null} when the column is absent or the cell blank. */
    public String get(F field) {
        int index = header.index(field);
        if (index < 0 || index >= values.length || values[index] == null) {
            return null;
        }
        String value = values[index].strip();
        return value.isEmpty() ? null : value;
    }

    public boolean has(F field) {
        return header.has(field);
    }

    public String column(F field) {
        return header.headerText(field);
    }
}
