package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;

/**
 * An inadequate overall effectiveness judgement and the judgements either side of it. Dates are
 * those the as-at figures use: publication, else inspection end, else start.
 *
 * @param previous the authority's judgement before this one, if any
 * @param next     the authority's next judgement published by the reporting date, if any
 */
public record InadequateJudgement(String oldCode, Framework framework, LocalDate published, Optional<Grade> previous,
                                  Optional<Grade> next, LocalDate nextPublished) {

    /** Whether this judgement starts a run of inadequate judgements rather than continuing one. */
    public boolean startsSpell() {
        return previous.filter(g -> g == Grade.INADEQUATE).isEmpty();
    }

    /** Whether the next judgement took the authority out of inadequate. */
    public boolean followedByBetter() {
        return next.filter(g -> g != Grade.INADEQUATE).isPresent();
    }

    public Optional<Long> monthsToNext() {
        return next.map(g -> months(published, nextPublished));
    }

    /** Whole calendar months completed between two dates: 15 March to 14 June is 2. */
    public static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from, to);
    }
}
