package org.ratingspipeline.benchmarking;

import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.LatestJudgement;

/** An authority's latest overall effectiveness judgement in words, as the benchmarking tables show it. */
final class Judged {

    static final String NOT_YET_INSPECTED = "Not yet inspected";
    static final String NO_OVERALL = "No overall judgement (2026 arrangements)";

    private Judged() {}

    static String overall(AuthorityJudgement a) {
        if (a.judgement().isEmpty()) {
            return NOT_YET_INSPECTED;
        }
        LatestJudgement j = a.judgement().get();
        return j.noOverallJudgement() ? NO_OVERALL : j.overall().label();
    }
}
