package org.ratingspipeline.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ratingspipeline.source.RowProblem;
import org.ratingspipeline.source.SourceLoad;
import org.ratingspipeline.statistics.AuthorityJudgement;

/** Everything one run publishes: the run's identity, its inputs, and the authorities' judgements. */
public record RunFacts(
        long runId,
        long jobExecutionId,
        LocalDate asOf,
        LocalDateTime startedAt,
        List<SourceLoad> sources,
        List<RowProblem> problems,
        List<AuthorityJudgement> authorities) {
}
