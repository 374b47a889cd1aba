package org.ratingspipeline.source;

/** A rejected row, or a row loaded with a warning, as the data-quality table shows it. */
public record RowProblem(String outcome, String kind, String fileName, long line, String column, String value,
        String reason) {
}
