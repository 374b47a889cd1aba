package org.ratingspipeline.finance;

import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Grade;

/**
 * A stored spend row as the report places it: joined to the latest judgement of its authority as
 * at the reporting date, or not, with the reason.
 *
 * @param authority the register entry of the authority in that financial year; null when no authority matched
 * @param region the authority's region; null when no authority matched
 * @param grade the authority's latest overall effectiveness grade; null unless joined
 * @param reason why the row is not joined; null when it is
 * @param detail the reason in words, naming the authority and dates; null when joined
 */
public record SpendLine(String sourceFile, long line, Spend.Given given, LocalAuthority authority, Region region,
                        FinancialYear year, Overspend money, Grade grade, ReconciliationReason reason, String detail) {

    public boolean joined() {
        return reason == null;
    }

    /**
     * Matched to an authority that existed in the year: counted in the national, regional and per-authority figures.
     */
    public boolean matched() {
        return authority != null;
    }
}
