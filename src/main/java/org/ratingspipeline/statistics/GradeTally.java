package org.ratingspipeline.statistics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;

/** Counts grades over the authorities of a reporting date: nationally, by region, by judgement area. */
public final class GradeTally {

    private GradeTally() {
    }

    public static GradeShares of(List<AuthorityJudgement> authorities, JudgementArea area) {
        return of(authorities, area, a -> true);
    }

    public static GradeShares of(List<AuthorityJudgement> authorities, JudgementArea area, Predicate<AuthorityJudgement> scope) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        long notApplicable = 0;
        long notGiven = 0;
        long notYetInspected = 0;
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
            } else if (j.notApplicable(area)) {
                notApplicable++;
            } else {
                notGiven++;
            }
        }
        return new GradeShares(counts, notApplicable, notGiven, notYetInspected);
    }

    /** Overall effectiveness per region, in the order the regions are given. */
    public static Map<Region, GradeShares> byRegion(List<AuthorityJudgement> authorities, List<Region> regions) {
        Map<Region, GradeShares> result = new LinkedHashMap<>();
        for (Region r : regions) {
            result.put(r, of(authorities, JudgementArea.OVERALL, a -> a.region().code().equals(r.code())));
        }
        return result;
    }
}
