package org.ratingspipeline.inspection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates in the forms the contract accepts: {@code 2017-07-13}, {@code 13/07/2017}, {@code 13 July 2017},
 * and {@code 13/07/17} (a two-digit year is 20yy: the scrapes of Ofsted's reports write dates so, and
 * no inspection of children's services predates 2000).
 */
public final class FlexibleDate {

    private static final List<DateTimeFormatter> WORDS = List.of(strict("d MMMM uuuu"), strict("d MMM uuuu"));

    /** Runs of white space, compiled once: a date written in words is read through it. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FlexibleDate() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        // The numeric forms are read by hand: they are almost every date in a large file, and a
        // formatter that fails throws an exception per attempt.
        int[] parts = numbers(t, t.indexOf('-') > 0 ? '-' : '/');
        if (parts != null) {
            boolean iso = t.indexOf('-') > 0;
            int year = iso ? parts[0] : parts[2];
            int day = iso ? parts[2] : parts[0];
            if (!iso && year < 100 && t.length() - t.lastIndexOf('/') == 3) {
                year += 2000;
            }
            if (year < 1000) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(year, parts[1], day));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        String words = SPACES.matcher(t).replaceAll(" ");
        for (DateTimeFormatter f : WORDS) {
            try {
                return Optional.of(LocalDate.parse(words, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Three groups of 1 to 4 digits separated by the separator, or null. */
    private static int[] numbers(String t, char separator) {
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 4) {
                    return null;
                }
                parts[part] = parts[part] * 10 + (c - '0');
            } else if (c == separator && digits > 0 && part < 2) {
                part++;
                digits = 0;
            } else {
                return null;
            }
        }
        return part == 2 && digits > 0 ? parts : null;
    }
}
