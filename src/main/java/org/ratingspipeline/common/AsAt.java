package org.ratingspipeline.common;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Ofsted's rule for the judgements in force "as at" a date: each authority's latest inspection
 * carried out on or before {@code inspectedBy} whose report was published on or before
 * {@code publishedBy}. Ofsted's annual figures as at 31 March count reports published by 30 June.
 */
public record AsAt(LocalDate inspectedBy, LocalDate publishedBy) {

    /** Ofsted's annual figures are as at 31 March ... */
    public static final MonthDay YEAR_END = MonthDay.of(3, 31);
    /** ... and count the reports of inspections by then that were published by 30 June. */
    public static final MonthDay YEAR_END_CUT_OFF = MonthDay.of(6, 30);

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public AsAt {
        if (publishedBy.isBefore(inspectedBy)) {
            throw new IllegalArgumentException("the publication cut-off " + publishedBy + " is before the as-at date "
                    + inspectedBy);
        }
    }

    /** Inspected and published by the same date. */
    public static AsAt on(LocalDate date) {
        return new AsAt(date, date);
    }

    /**
     * A 31 March point of a trend whose report counts reports published by {@code reportingCutOff}
     * (on or after that 31 March): with Ofsted's cut-off, reports published by 30 June, or by the
     * report's own cut-off while it is earlier; without, reports published by 31 March itself.
     */
    public static AsAt yearEnd(int year, LocalDate reportingCutOff, boolean ofstedCutOff) {
        LocalDate yearEnd = YEAR_END.atYear(year);
        if (!ofstedCutOff) {
            return on(yearEnd);
        }
        LocalDate cutOff = YEAR_END_CUT_OFF.atYear(year);
        return new AsAt(yearEnd, cutOff.isAfter(reportingCutOff) ? reportingCutOff : cutOff);
    }

    public boolean counts(LocalDate inspected, LocalDate published) {
        return !inspected.isAfter(inspectedBy) && !published.isAfter(publishedBy);
    }

    /** "as at 31 March 2025 (reports published by 30 June 2025)", or "as at 22 August 2026" when the dates are one. */
    public String describe() {
        String date = "as at " + LONG_DATE.format(inspectedBy);
        return publishedBy.equals(inspectedBy) ? date : date + " (reports published by " + LONG_DATE.format(publishedBy)
                + ")";
    }
}
