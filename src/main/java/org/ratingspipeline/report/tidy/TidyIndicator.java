package org.ratingspipeline.report.tidy;

import java.util.Set;

/**
 * An indicator column (a measure) and its metadata row.
 *
 * @param unit one of EES's units: blank, {@code %}, {@code pp}, {@code £}, {@code £m}, {@code numberstring}
 * @param decimals the decimal places every value is written with (and EES shows)
 */
public record TidyIndicator(String name, String label, String unit, int decimals) {

    static final Set<String> UNITS = Set.of("", "%", "pp", "£", "£m", "numberstring");

    public TidyIndicator {
        TidyNames.requireColumnName(name);
        TidyNames.requireLabel(label, name);
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException(name + ": indicator unit '" + unit + "' is not one of " + UNITS);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException(name + ": decimals must not be negative");
        }
    }

    public static TidyIndicator count(String name, String label) {
        return new TidyIndicator(name, label, "", 0);
    }

    /** A percentage stored as 79.1, not 0.791, with the unit in the metadata. */
    public static TidyIndicator percent(String name, String label, int decimals) {
        return new TidyIndicator(name, label, "%", decimals);
    }
}
