package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;

/**
 * One point of the trend: the overall effectiveness of each authority's latest judgement as at
 * {@code asOf}, counted by region, grade and the framework that made the judgement.
 */
public record TrendPoint(LocalDate asOf, List<Count> counts) {

    /** Authorities of one region holding one grade from one framework. */
    public record Count(String regionCode, Framework framework, Grade grade, long authorities) {
    }

    public TrendPoint {
        counts = List.copyOf(counts);
    }

    public GradeShares england() {
        return shares(c -> true);
    }

    public GradeShares region(String regionCode) {
        return shares(c -> c.regionCode().equals(regionCode));
    }

    /** The frameworks whose judgements are among those counted in the region (all regions when null). */
    public Set<Framework> frameworks(String regionCode) {
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        counts.stream().filter(c -> regionCode == null || c.regionCode().equals(regionCode))
                .forEach(c -> frameworks.add(c.framework()));
        return frameworks;
    }

    private GradeShares shares(Predicate<Count> scope) {
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        counts.stream().filter(scope).forEach(c -> byGrade.merge(c.grade(), c.authorities(), Long::sum));
        // Authorities without a judgement are not part of a trend point's shares, as in the headline tables.
        return new GradeShares(byGrade, 0, 0, 0);
    }
}
