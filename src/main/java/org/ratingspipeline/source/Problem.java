package org.ratingspipeline.source;

/** What is wrong with one cell of a row: the column as the file names it, the value, and why. */
public record Problem(String column, String value, String reason) {

    public static Problem of(String column, String value, String reason) {
        return new Problem(column, value == null ? "" : value, reason);
    }
}
