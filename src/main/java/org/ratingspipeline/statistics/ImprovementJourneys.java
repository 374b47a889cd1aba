package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.springframework.stereotype.Component;

/**
 * What followed each judgement: every stored judgement of an authority (old LA code) in date order,
 * published on or before the reporting date, paired with the one after it. The history is streamed
 * authority by authority, so only one authority's judgements are in memory at a time.
 */
@Component
public class ImprovementJourneys {

    private final JudgementHistory history;

    public ImprovementJourneys(JudgementHistory history) {
        this.history = history;
    }

    /** Counts of consecutive pairs of judgements, by frameworks and grades; pairs that never happened are absent. */
    public List<Transition> transitions(LocalDate asOf) {
        Map<Pair, Long> counts = new java.util.HashMap<>();
        history.forEachAuthority(asOf, judgements -> {
            for (int i = 1; i < judgements.size(); i++) {
                JudgementHistory.Judged from = judgements.get(i - 1);
                JudgementHistory.Judged to = judgements.get(i);
                counts.merge(new Pair(from.framework(), from.overall(), to.framework(), to.overall()), 1L, Long::sum);
            }
        });
        return counts.entrySet().stream()
                .map(e -> new Transition(e.getKey().fromFramework(), e.getKey().from(), e.getKey().toFramework(),
                        e.getKey().to(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Transition::fromFramework).thenComparing(Transition::from)
                        .thenComparing(Transition::toFramework).thenComparing(Transition::to))
                .toList();
    }

    private record Pair(Framework fromFramework, Grade from, Framework toFramework, Grade to) {
    }

    /** Every inadequate judgement, ordered by authority then date (the order {@link InadequateSpell#of} needs). */
    public List<InadequateJudgement> inadequateJudgements(LocalDate asOf) {
        List<InadequateJudgement> result = new ArrayList<>();
        history.forEachAuthority(asOf, judgements -> {
            for (int i = 0; i < judgements.size(); i++) {
                JudgementHistory.Judged j = judgements.get(i);
                if (j.overall() != Grade.INADEQUATE) {
                    continue;
                }
                Optional<Grade> previous = i == 0 ? Optional.empty() : Optional.of(judgements.get(i - 1).overall());
                JudgementHistory.Judged next = i + 1 < judgements.size() ? judgements.get(i + 1) : null;
                result.add(new InadequateJudgement(j.oldCode(), j.framework(), j.effectiveDate(), previous,
                        next == null ? Optional.empty() : Optional.of(next.overall()), next == null ? null : next.effectiveDate()));
            }
        });
        return result;
    }
}
