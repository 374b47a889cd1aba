package org.ratingspipeline.statistics;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;

/** Counts grades over the authorities of a reporting date: nationally, by region, by judgement area. */
public final class GradeTally {

    private GradeTally() {
    }

    public static GradeShares of(List<AuthorityJudgement> authorities, JudgementArea area) {
        return of(authorities, area, a -> true);
    }

    public static GradeShares of(List<AuthorityJudgement> authorities, JudgementArea area,
            Predicate<AuthorityJudgement> scope) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        long notApplicable = 0;
        long notGiven = 0;
        long notYetInspected = 0;
        long noOverall = 0;
        for (AuthorityJudgement a : authorities) {
            if (!scope.test(a)) {
                continue;
            }
            if (a.judgement().isEmpty()) {
                notYetInspected++;
                continue;
            }
            LatestJudgement j = a.judgement().get();
            var grade = j.grade(area);
            if (grade.isPresent()) {
                counts.merge(grade.get(), 1L, Long::sum);
            } else if (area == JudgementArea.OVERALL && j.noOverallJudgement()) {
                noOverall++;
            } else if (j.notApplicable(area)) {
                notApplicable++;
            } else {
                notGiven++;
            }
        }
        return new GradeShares(counts, notApplicable, notGiven, notYetInspected, noOverall);
    }

    /**
     * The frameworks the latest judgements were made under; ILACS, today's framework, when nobody
     * has been judged yet. Their judgement areas are the ones the report breaks down.
     */
    public static Set<Framework> frameworksReported(List<AuthorityJudgement> authorities) {
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        authorities.forEach(a -> a.judgement().ifPresent(j -> frameworks.add(j.framework())));
        if (frameworks.isEmpty()) {
            frameworks.add(Framework.ILACS);
        }
        return frameworks;
    }

    /** Overall effectiveness per region, in the order the regions are given. */
    public static Map<Region, GradeShares> byRegion(List<AuthorityJudgement> authorities, List<Region> regions) {
        return byRegion(authorities, regions, JudgementArea.OVERALL);
    }

    /** One judgement area per region, in the order the regions are given. */
    public static Map<Region, GradeShares> byRegion(List<AuthorityJudgement> authorities, List<Region> regions,
            JudgementArea area) {
        Map<Region, GradeShares> result = new LinkedHashMap<>();
        for (Region r : regions) {
            result.put(r, of(authorities, area, a -> a.region().code().equals(r.code())));
        }
        return result;
    }
}
