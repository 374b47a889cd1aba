package org.ratingspipeline.report.check;

/** How bad a violation is: ESSENTIAL fails the job, RECOMMENDED is logged as a warning. */
public enum Severity {
    ESSENTIAL("E"),
    RECOMMENDED("R");

    private final String letter;

    Severity(String letter) {
        this.letter = letter;
    }

    /** One-letter code used in log lines, matching the E/R column of the spreadsheet standard. */
    public String letter() {
        return letter;
    }
}
