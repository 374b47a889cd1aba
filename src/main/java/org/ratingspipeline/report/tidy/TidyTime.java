package org.ratingspipeline.report.tidy;

import java.time.LocalDate;

/**
 * The EES time columns: {@code time_period} (4 digits, or 6 for consecutive years such as 202324)
 * and {@code time_identifier} (what kind of period it is).
 */
public record TidyTime(String period, String identifier) {

    public static final String REPORTING_YEAR = "Reporting year";

    public TidyTime {
        if (period == null || !period.matches("\\d{4}|\\d{6}")) {
            throw new IllegalArgumentException("time_period must be 4 or 6 digits, not " + period);
        }
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("time_identifier is required");
        }
    }

    /** The calendar year of a reporting date, as EES's "Reporting year". */
    public static TidyTime reportingYear(LocalDate asOf) {
        return new TidyTime(String.valueOf(asOf.getYear()), REPORTING_YEAR);
    }
}
