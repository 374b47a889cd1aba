package org.ratingspipeline.report.tidy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One observation: when, where, one level of each filter and one value of each indicator (in the
 * order of the table's filters and indicators). An indicator value is a {@link Number} or a
 * {@link org.ratingspipeline.report.Shorthand}: EES fails blank indicator cells.
 */
public record TidyRow(TidyTime time, TidyLocation location, List<String> filterLevels, List<Object> indicatorValues) {

    public TidyRow {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(location, "location");
        filterLevels = List.copyOf(filterLevels);
        // List.copyOf refuses nulls with a bare NullPointerException; the table says which value is missing.
        indicatorValues = Collections.unmodifiableList(new ArrayList<>(indicatorValues));
    }
}
