package org.ratingspipeline.report.tidy;

/**
 * A filter column (a categorical breakdown) and its metadata row.
 *
 * @param hint shown under the filter in the EES table tool
 * @param defaultLevel the level EES selects by default; required when the filter has no
 *     {@code Total} level (a judgement area, for one, cannot be added up), otherwise null
 */
public record TidyFilter(String name, String label, String hint, String defaultLevel) {

    public TidyFilter {
        TidyNames.requireColumnName(name);
        TidyNames.requireLabel(label, name);
    }

    public static TidyFilter withTotal(String name, String label, String hint) {
        return new TidyFilter(name, label, hint, null);
    }

    public static TidyFilter withDefault(String name, String label, String hint, String defaultLevel) {
        return new TidyFilter(name, label, hint, defaultLevel);
    }
}
