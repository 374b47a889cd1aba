package org.ratingspipeline.statistics;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;

/**
 * One point of the trend: each authority's latest judgement as at {@code asAt}, counted by region,
 * judgement area, grade and the arrangements that made the judgement.
 */
public record TrendPoint(AsAt asAt, List<Count> counts) {

    /**
     * @param grade null for the authorities whose latest inspection (of the 2026 arrangements) gave
     *              no overall judgement: counted beside the grades, outside the shares
     */
    public record Key(String regionCode, InspectionEra era, JudgementArea area, Grade grade) {
    }

    /** Authorities of one region holding one grade in one area from one set of arrangements. */
    public record Count(Key key, long authorities) {
    }

    /** The order of a point's counts: by region, arrangements, area, then grade (no overall judgement last). */
    static final Comparator<Count> ORDER = Comparator.comparing((Count c) -> c.key().regionCode())
            .thenComparing(c -> c.key().era()).thenComparing(c -> c.key().area())
            .thenComparing(c -> c.key().grade(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** The counts in {@link #ORDER}, however given. */
    public TrendPoint {
        counts = counts.stream().sorted(ORDER).toList();
    }

    public GradeShares england(JudgementArea area) {
        return shares(area, c -> true);
    }

    public GradeShares region(String regionCode, JudgementArea area) {
        return shares(area, c -> c.key().regionCode().equals(regionCode));
    }

    /** Authorities counted in an area and place from each set of arrangements (all regions when the code is null). */
    public Map<InspectionEra, Long> byEra(String regionCode, JudgementArea area, Grade grade) {
        Map<InspectionEra, Long> byEra = new EnumMap<>(InspectionEra.class);
        for (InspectionEra e : InspectionEra.values()) {
            byEra.put(e, 0L);
        }
        counts.stream().filter(c -> regionCode == null || c.key().regionCode().equals(regionCode))
                .filter(c -> c.key().area() == area && (grade == null || c.key().grade() == grade))
                .filter(c -> grade != null || c.key().grade() != null)
                .forEach(c -> byEra.merge(c.key().era(), c.authorities(), Long::sum));
        return byEra;
    }

    /** The arrangements whose judgements are among those counted in an area and place (all regions when null). */
    public Set<InspectionEra> eras(String regionCode, JudgementArea area) {
        Set<InspectionEra> eras = EnumSet.noneOf(InspectionEra.class);
        counts.stream().filter(c -> regionCode == null || c.key().regionCode().equals(regionCode))
                .filter(c -> c.key().area() == area).forEach(c -> eras.add(c.key().era()));
        return eras;
    }

    private GradeShares shares(JudgementArea area, Predicate<Count> scope) {
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        long noOverall = 0;
        for (Count c : counts) {
            if (c.key().area() != area || !scope.test(c)) {
                continue;
            }
            if (c.key().grade() == null) {
                noOverall += c.authorities();
            } else {
                byGrade.merge(c.key().grade(), c.authorities(), Long::sum);
            }
        }
        // Authorities without a judgement are not part of a trend point's shares, as in the headline tables.
        return new GradeShares(byGrade, 0, 0, 0, noOverall);
    }
}
