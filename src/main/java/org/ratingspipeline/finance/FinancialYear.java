package org.ratingspipeline.finance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local government financial year, 1 April to 31 March, named by the calendar year it starts in.
 * Files write it {@code 2016-17}, {@code 2016 to 2017} or, in explore-education-statistics files,
 * {@code 201617}; the report writes it out in full ({@code 2016 to 2017}), as the spreadsheet
 * standard asks.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TWO_YEARS =
            Pattern.compile("(?:fy\\s*)?((?:19|20)\\d{2})\\s*(?:-|\u2013|\u2014|/|to)\\s*(\\d{2}|\\d{4})");
    private static final Pattern TIME_PERIOD = Pattern.compile("((?:19|20)\\d{2})(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2098) {
            throw new IllegalArgumentException("no financial year starts in " + startYear);
        }
    }

    /** Empty when the text is not a financial year (including a range that is not one year long). */
    public static Optional<FinancialYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TWO_YEARS.matcher(t);
        if (!m.matches()) {
            m = TIME_PERIOD.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        boolean consecutive = end.length() == 2 ? Integer.parseInt(end) == (start + 1) % 100 : Integer.parseInt(end)
                == start + 1;
        return consecutive ? Optional.of(new FinancialYear(start)) : Optional.empty();
    }

    /** 1 April of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** 31 March of the following year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** As the report writes it: {@code 2016 to 2017}. */
    public String label() {
        return startYear + " to " + (startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
