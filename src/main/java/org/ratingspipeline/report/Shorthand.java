package org.ratingspipeline.report;

/**
 * The Analysis Function's shorthand for a cell without a number. The workbook writes the bracketed
 * form, the tidy CSV the bare letters (the explore-education-statistics convention): this is the
 * one place that maps between them.
 */
public enum Shorthand {
    NOT_AVAILABLE("[x]", "x", "not available"),
    NOT_APPLICABLE("[z]", "z", "not applicable"),
    SUPPRESSED("[c]", "c", "confidential or suppressed"),
    ROUNDS_TO_ZERO("[low]", "low", "rounds to 0 but is not 0"),
    BREAK_IN_SERIES("[b]", "b", "break in the time series");

    private final String workbook;
    private final String csv;
    private final String meaning;

    Shorthand(String workbook, String csv, String meaning) {
        this.workbook = workbook;
        this.csv = csv;
        this.meaning = meaning;
    }

    public String workbook() {
        return workbook;
    }

    public String csv() {
        return csv;
    }

    public String meaning() {
        return meaning;
    }

    /** The line above a table that explains the token, e.g. "[x] = not available". */
    public String explanation() {
        return workbook + " = " + meaning;
    }
}
