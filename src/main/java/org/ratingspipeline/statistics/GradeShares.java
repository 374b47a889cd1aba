package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.inspection.Grade;

/**
 * How many authorities hold each grade in one judgement area and one place, and their shares.
 * Shares are computed here, from these counts, so a percentage in the report always reconciles
 * with the count printed beside it.
 *
 * @param notApplicable authorities whose latest inspection had no such judgement
 * @param notGiven authorities whose latest judgement did not record this area
 * @param notYetInspected authorities in the register with no judgement by the reporting date
 * @param noOverallJudgement for overall effectiveness: authorities whose latest inspection, under the
 *                           arrangements of April 2026, gave no overall judgement (outside the shares)
 */
public record GradeShares(Map<Grade, Long> counts, long notApplicable, long notGiven, long notYetInspected,
                          long noOverallJudgement) {

    public GradeShares(Map<Grade, Long> counts, long notApplicable, long notGiven, long notYetInspected) {
        this(counts, notApplicable, notGiven, notYetInspected, 0);
    }

    public GradeShares {
        Map<Grade, Long> copy = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            copy.put(g, counts.getOrDefault(g, 0L));
        }
        counts = Map.copyOf(copy);
    }

    public long count(Grade grade) {
        return counts.get(grade);
    }

    /** The denominator of every share: authorities with a grade in this area. */
    public long judged() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long goodOrOutstanding() {
        return count(Grade.OUTSTANDING) + count(Grade.GOOD);
    }

    /** Authorities in scope: every authority that existed on the reporting date. */
    public long authorities() {
        return judged() + notApplicable + notGiven + notYetInspected + noOverallJudgement;
    }

    public Optional<BigDecimal> share(Grade grade) {
        return share(count(grade));
    }

    public Optional<BigDecimal> goodOrOutstandingShare() {
        return share(goodOrOutstanding());
    }

    /** A count as a percentage of those judged, to one decimal place; empty when nobody was judged. */
    public Optional<BigDecimal> share(long count) {
        long judged = judged();
        if (judged == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP));
    }

    /** The four rounded grade shares added up: 100.0 only by luck, which the report says. */
    public Optional<BigDecimal> sumOfRoundedShares() {
        if (judged() == 0) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Grade g : Grade.values()) {
            sum = sum.add(share(g).orElseThrow());
        }
        return Optional.of(sum);
    }
}
