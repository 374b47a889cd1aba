package org.ratingspipeline.report.tidy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ratingspipeline.report.Shorthand;

/**
 * A tidy data file before it is written: its filters and indicators (which become the
 * {@code .meta.csv}) and its rows. Whether the rows follow the EES rules that need the whole file
 * (a {@code Total} level, unique observations) is for {@link TidyDataChecker}, on the written file.
 */
public record TidyTable(List<TidyFilter> filters, List<TidyIndicator> indicators, List<TidyRow> rows) {

    public TidyTable {
        filters = List.copyOf(filters);
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("a tidy data file needs at least one indicator");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a tidy data file needs at least one row");
        }
        Set<String> names = new HashSet<>(TidyCsvWriter.STANDARD_COLUMNS);
        filters.forEach(f -> unique(names, f.name()));
        indicators.forEach(i -> unique(names, i.name()));
        for (TidyRow row : rows) {
            if (row.filterLevels().size() != filters.size() || row.indicatorValues().size() != indicators.size()) {
                throw new IllegalArgumentException("row " + row + " does not have one level per filter and one value "
                        + "per indicator");
            }
            for (String level : row.filterLevels()) {
                if (level.isBlank() || level.length() > TidyNames.FILTER_ITEM_MAX) {
                    throw new IllegalArgumentException("filter level '" + level + "' must be 1 to "
                            + TidyNames.FILTER_ITEM_MAX
                            + " characters");
                }
            }
            for (int i = 0; i < indicators.size(); i++) {
                Object value = row.indicatorValues().get(i);
                if (!(value instanceof Number) && !(value instanceof Shorthand)) {
                    throw new IllegalArgumentException(indicators.get(i).name() + " = " + value + " in " + row
                            + ": an indicator value is a number or a shorthand, never blank");
                }
            }
        }
    }

    private static void unique(Set<String> names, String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("column " + name + " appears twice");
        }
    }
}
