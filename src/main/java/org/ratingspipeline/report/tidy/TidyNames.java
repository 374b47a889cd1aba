package org.ratingspipeline.report.tidy;

import java.util.regex.Pattern;

/** EES rules for machine-readable names: snake_case, starting with a letter, at most 50 characters. */
public final class TidyNames {

    static final Pattern COLUMN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    static final int LABEL_MAX = 100;
    static final int FILTER_ITEM_MAX = 120;

    private TidyNames() {
    }

    /** Whether a column or file name follows the EES rules. */
    public static boolean isName(String name) {
        return name != null && COLUMN_NAME.matcher(name).matches();
    }

    static void requireColumnName(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not an EES column name (snake_case, a letter first, "
                    + "at most 50 characters)");
        }
    }

    static void requireLabel(String label, String column) {
        if (label == null || label.isBlank() || label.length() > LABEL_MAX) {
            throw new IllegalArgumentException(column + ": a label of 1 to " + LABEL_MAX + " characters is required");
        }
    }
}
