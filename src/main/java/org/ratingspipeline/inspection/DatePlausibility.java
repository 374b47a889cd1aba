package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The dates an inspection file may hold: from {@code earliest} to {@code yearsAhead} years after
 * today. A date in the year 9999 or 1900 parses, but no inspection of children's services has it.
 */
public record DatePlausibility(LocalDate earliest, LocalDate latest) implements Predicate<LocalDate> {

    public static DatePlausibility of(LocalDate earliest, int yearsAhead, LocalDate today) {
        return new DatePlausibility(earliest, today.plusYears(yearsAhead));
    }

    @Override
    public boolean test(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    public String describe() {
        return earliest + " to " + latest + " (ratings.inspection-dates in application.yml)";
    }
}
