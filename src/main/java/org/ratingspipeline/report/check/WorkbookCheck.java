package org.ratingspipeline.report.check;

import java.util.List;

/** One rule of the spreadsheet standard, checked on a workbook re-opened from disk. */
public interface WorkbookCheck {

    /** Rule id from the standard, e.g. {@code G4}. */
    String ruleId();

    /** Severity of the rule; individual violations of an E/R rule may be less severe. */
    Severity severity();

    /**
     * Returns every violation found; an empty list means the rule holds. Must not modify the
     * workbook; the run's cell readings are shared with the other checks.
     */
    List<Violation> check(CheckedWorkbook book);
}
