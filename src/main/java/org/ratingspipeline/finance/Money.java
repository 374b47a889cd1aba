package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ratingspipeline.source.HeaderMap;

/**
 * Amounts of money as spend files write them: {@code 12,345,678}, {@code £12.3m},
 * {@code 12345678.00}, {@code -1,234} or {@code (1,234)} for an underspend. A plain number is in
 * pounds unless the column's header declares thousands or millions ({@code Budget (£000)}):
 * MHCLG's own tables are in £ thousand, and reading them as pounds would be out by a factor of
 * a thousand without anyone noticing, so the unit is never guessed from the size of the numbers.
 */
public final class Money {

    /** The unit a column's header declares. */
    public enum Unit {
        POUNDS(BigDecimal.ONE, "pounds"),
        THOUSANDS(BigDecimal.valueOf(1_000), "£ thousand"),
        MILLIONS(BigDecimal.valueOf(1_000_000), "£ million");

        private static final Set<String> THOUSAND_WORDS = Set.of("000", "000s", "thousand", "thousands", "k");
        private static final Set<String> MILLION_WORDS = Set.of("m", "mn", "million", "millions");

        private final BigDecimal pounds;
        private final String label;

        Unit(BigDecimal pounds, String label) {
            this.pounds = pounds;
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * {@code Budget (£000)} and {@code budget_gbp_thousands} are in thousands, {@code Outturn (£m)} in millions.
         */
        public static Unit ofHeader(String header) {
            List<String> words = List.of(HeaderMap.normalise(header).split(" "));
            if (words.stream().anyMatch(THOUSAND_WORDS::contains)) {
                return THOUSANDS;
            }
            if (words.stream().anyMatch(MILLION_WORDS::contains)) {
                return MILLIONS;
            }
            return POUNDS;
        }
    }

    /**
     * The largest amount a row may carry: the store holds 16 digits of pounds ({@code NUMERIC(18, 2)}),
     * and a tenth of that leaves room for outturn minus budget and for totals. It is also millions of
     * times any council's budget, so nothing real is refused by it.
     */
    public static final BigDecimal LARGEST = new BigDecimal("999999999999999.99");

    /** What software, not a statistician, writes for a missing number (pandas, R, a database export). */
    private static final Set<String> SOFTWARE_BLANKS = Set.of("nan", "null");

    /** What statistical tables write where there is no figure (the MHCLG returns write {@code ...}). */
    private static final Set<String> NOT_GIVEN = Set.of("", "..", "...", ":", "x", "[x]", "z", "[z]", "c", "[c]", "na",
            "n/a",
            "nan", "null", "not available");
    private static final Pattern AMOUNT = Pattern.compile(
            "((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(k|m|mn|bn|thousand|million|billion)?");

    private Money() {
    }

    /** Whether a cell says there is no figure, rather than giving one. */
    public static boolean notGiven(String text) {
        return text == null || NOT_GIVEN.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a missing figure is written the way software writes one ({@code NaN}, {@code null}):
     * read as no figure, but worth a warning, as it may be a calculation that failed upstream.
     */
    public static boolean softwareBlank(String text) {
        return text != null && SOFTWARE_BLANKS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether an amount is small enough for the store (see {@link #LARGEST}). */
    public static boolean storable(BigDecimal pounds) {
        return pounds.abs().compareTo(LARGEST) <= 0;
    }

    /** The amount in pounds (to the penny), or empty when the text is not an amount of money. */
    public static Optional<BigDecimal> parse(String text, Unit unit) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('\u2212', '-').replaceAll("\\s+", "");
        boolean negative = false;
        if (t.length() > 2 && t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("-")) {
            negative = !negative;
            t = t.substring(1);
        }
        if (t.startsWith("£")) {
            t = t.substring(1);
        }
        if (t.startsWith("-") && !negative) {
            negative = true;
            t = t.substring(1);
        }
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        BigDecimal multiplier = m.group(2) == null ? unit.pounds : switch (m.group(2)) {
            case "k", "thousand" -> Unit.THOUSANDS.pounds;
            case "m", "mn", "million" -> Unit.MILLIONS.pounds;
            default -> BigDecimal.valueOf(1_000_000_000);
        };
        BigDecimal pounds = value.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
        return Optional.of(negative ? pounds.negate() : pounds);
    }
}
