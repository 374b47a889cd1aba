package org.ratingspipeline.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;

/**
 * What followed each overall effectiveness judgement: every stored judgement of an authority (old
 * LA code) in the order carried out, counted by the reporting date's rule, paired with the one
 * after it, across frameworks (SIF to ILACS). An inspection of the 2026 arrangements gives no
 * overall judgement, so it ends the overall series: an inadequate judgement before it has no next
 * overall judgement. Fed the history authority by authority ({@link JudgementHistory}), so only one
 * authority's judgements are in memory at a time.
 */
public final class ImprovementJourneys implements Consumer<List<JudgementHistory.Judged>> {

    /**
     * What followed each judgement published by the date: counts of pairs (in {@link Transition#ORDER}, however
     * given), and every inadequate judgement, ordered by authority then date (the order {@link InadequateSpell#of}
     * needs).
     */
    public record Journeys(List<Transition> transitions, List<InadequateJudgement> inadequate) {

        public Journeys {
            transitions = transitions.stream().sorted(Transition.ORDER).toList();
            inadequate = List.copyOf(inadequate);
        }
    }

    private final Map<Pair, Long> counts = new HashMap<>();
    private final List<InadequateJudgement> inadequate = new ArrayList<>();

    /** Takes one authority's judgements, oldest first. */
    @Override
    public void accept(List<JudgementHistory.Judged> all) {
        int end = 0;
        while (end < all.size() && all.get(end).overall() != null) {
            end++;
        }
        List<JudgementHistory.Judged> judgements = all.subList(0, end);
        for (int i = 0; i < judgements.size(); i++) {
            JudgementHistory.Judged j = judgements.get(i);
            JudgementHistory.Judged next = i + 1 < judgements.size() ? judgements.get(i + 1) : null;
            if (next != null) {
                counts.merge(new Pair(j.framework(), j.overall(), next.framework(), next.overall()), 1L, Long::sum);
            }
            if (j.overall() == Grade.INADEQUATE) {
                Optional<Grade> previous = i == 0 ? Optional.empty() : Optional.of(judgements.get(i - 1).overall());
                inadequate.add(new InadequateJudgement(j.oldCode(), j.framework(), j.published(), previous,
                        next == null ? Optional.empty() : Optional.of(next.overall()),
                                next == null ? null : next.published()));
            }
        }
    }

    /**
     * Consecutive pairs of judgements counted by frameworks and grades (pairs that never happened
     * are absent), and every inadequate judgement with the ones either side of it.
     */
    public Journeys journeys() {
        List<Transition> transitions = counts.entrySet().stream()
                .map(e -> new Transition(e.getKey().fromFramework(), e.getKey().from(), e.getKey().toFramework(),
                        e.getKey().to(), e.getValue()))
                .toList();
        return new Journeys(transitions, inadequate);
    }

    private record Pair(Framework fromFramework, Grade from, Framework toFramework, Grade to) {
    }

}
