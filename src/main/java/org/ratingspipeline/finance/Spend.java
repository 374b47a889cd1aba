package org.ratingspipeline.finance;

import org.ratingspipeline.authority.LocalAuthority;

/**
 * One row of a spend file as loaded: the identifiers as the file gave them, the authority they
 * resolve to in that financial year (the register entry in force then), or, when they resolve to
 * none, why not; the year; the money.
 */
public record Spend(Given given, LocalAuthority authority, Unmatched unmatched, FinancialYear year, Overspend money) {

    /** The identifiers as written in the file, for the reconciliation table. */
    public record Given(String oldCode, String newCode, String name) {
    }

    /** Why the identifiers match no authority that existed in the year. */
    public record Unmatched(ReconciliationReason reason, String detail) {
    }

    public Spend {
        if ((authority == null) == (unmatched == null)) {
            throw new IllegalArgumentException("a spend row has either an authority or the reason it has none");
        }
    }
}
