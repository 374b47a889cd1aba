package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.ratingspipeline.inspection.Grade;

/**
 * The levels of the tidy data's {@code ofsted_judgement} filter: the four grades, the two
 * subtotals the workbook prints (good or outstanding, all judged), the four ways an authority
 * can have no grade in an area (an inspection of the 2026 arrangements gives no overall
 * judgement), and the total. Each knows its count and its share of those
 * judged from a {@link GradeShares}, the same figures the workbook's tables print.
 */
enum JudgementOutcome {
    OUTSTANDING(Grade.OUTSTANDING),
    GOOD(Grade.GOOD),
    REQUIRES_IMPROVEMENT(Grade.REQUIRES_IMPROVEMENT),
    INADEQUATE(Grade.INADEQUATE),
    GOOD_OR_OUTSTANDING("Good or outstanding", GradeShares::goodOrOutstanding, GradeShares::goodOrOutstandingShare),
    ALL_JUDGED("All judged", GradeShares::judged, s -> s.share(s.judged())),
    NO_OVERALL_JUDGEMENT("No overall judgement (2026 arrangements)", GradeShares::noOverallJudgement,
            s -> Optional.empty()),
    NOT_APPLICABLE("Not applicable", GradeShares::notApplicable, s -> Optional.empty()),
    NOT_RECORDED("Not recorded", GradeShares::notGiven, s -> Optional.empty()),
    NOT_YET_INSPECTED("Not yet inspected", GradeShares::notYetInspected, s -> Optional.empty()),
    TOTAL("Total", GradeShares::authorities, s -> Optional.empty());

    private final String label;
    private final ToLongFunction<GradeShares> count;
    private final Function<GradeShares, Optional<BigDecimal>> share;

    JudgementOutcome(Grade grade) {
        this(grade.label(), s -> s.count(grade), s -> s.share(grade));
    }

    JudgementOutcome(String label, ToLongFunction<GradeShares> count,
            Function<GradeShares, Optional<BigDecimal>> share) {
        this.label = label;
        this.count = count;
        this.share = share;
    }

    String label() {
        return label;
    }

    long count(GradeShares shares) {
        return count.applyAsLong(shares);
    }

    /** A percentage of the authorities judged; empty where it does not apply or nobody was judged. */
    Optional<BigDecimal> share(GradeShares shares) {
        return share.apply(shares);
    }
}
