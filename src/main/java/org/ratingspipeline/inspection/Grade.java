package org.ratingspipeline.inspection;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Ofsted's four-point scale. The number is Ofsted's own (1 = outstanding) and is what the store keeps. */
public enum Grade {
    OUTSTANDING(1, "Outstanding"),
    GOOD(2, "Good"),
    REQUIRES_IMPROVEMENT(3, "Requires improvement to be good"),
    INADEQUATE(4, "Inadequate");

    /** Runs of white space, compiled once: a grade not read as written is read again through it. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int number;
    private final String label;

    Grade(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static Grade ofNumber(int number) {
        for (Grade g : values()) {
            if (g.number == number) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grade " + number);
    }

    /**
     * Reads a grade in any spelling the contract accepts: the words (case and surrounding spaces
     * ignored), {@code RI}, or the digits 1 to 4. Anything else is empty, so the caller can reject
     * the row with the value it saw.
     */
    public static Optional<Grade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Grade exact = read(text.strip().toLowerCase(Locale.ROOT));
        return Optional.ofNullable(exact != null ? exact
                : read(SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ")));
    }

    private static Grade read(String t) {
        return switch (t) {
            case "1", "outstanding" -> OUTSTANDING;
            case "2", "good" -> GOOD;
            case "3", "ri", "requires improvement", "requires improvement to be good" -> REQUIRES_IMPROVEMENT;
            case "4", "inadequate" -> INADEQUATE;
            default -> null;
        };
    }
}
