package org.ratingspipeline.finance;

/**
 * Why a loaded spend row is not joined to a judgement. Each row is either joined or listed in the
 * reconciliation table with one of these, so no row leaves the figures without a word.
 */
public enum ReconciliationReason {
    /** No identifier matched the register, or the identifiers named different authorities. */
    UNKNOWN_AUTHORITY("Unknown authority"),
    /** The authority was abolished before the financial year began, or created after it ended. */
    NOT_IN_YEAR("Authority did not exist in that financial year"),
    /** The authority existed in the year but not on the reporting date (replaced since, or not yet created). */
    NOT_AT_REPORTING_DATE("Authority did not exist at the reporting date"),
    /** The authority had no judgement published on or before the reporting date. */
    NO_JUDGEMENT("No judgement as at the reporting date"),
    /**
     * The authority's latest inspection, from 1 April 2026, gave no overall effectiveness judgement
     * (Ofsted's 2026 arrangements): it has a judgement, but not the overall one the join is by.
     */
    NO_OVERALL_JUDGEMENT("No overall effectiveness judgement: inspected under the 2026 arrangements");

    private final String label;

    ReconciliationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
