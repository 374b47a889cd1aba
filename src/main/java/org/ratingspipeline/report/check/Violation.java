package org.ratingspipeline.report.check;

import java.util.Objects;

/**
 * One broken rule at one place in a workbook.
 *
 * @param ruleId   rule id from the spreadsheet standard, e.g. {@code G4}
 * @param severity severity of this finding (a rule marked E/R can report either)
 * @param sheet    sheet name, or null for workbook-level findings
 * @param cell     cell reference such as {@code C5}, or null for sheet-level findings
 * @param message  what is wrong, written for the analyst who has to fix it
 */
public record Violation(String ruleId, Severity severity, String sheet, String cell, String message) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isEssential() {
        return severity == Severity.ESSENTIAL;
    }

    /** {@code Table_1!C5}, {@code Table_1} or {@code workbook}. */
    public String location() {
        if (sheet == null) {
            return "workbook";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /** One-liner for logs, e.g. {@code E G4 Table_1!C5: header cell is blank}. */
    @Override
    public String toString() {
        return severity.letter() + " " + ruleId + " " + location() + ": " + message;
    }
}
