package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ratingspipeline.inspection.Framework;

/**
 * A run of consecutive inadequate judgements of one authority, from the first of them until the next
 * judgement that is not inadequate ({@code left}), or still open when there is none yet.
 *
 * @param judgements the inadequate judgements of the spell, in order
 */
public record InadequateSpell(List<InadequateJudgement> judgements) {

    public InadequateSpell {
        judgements = List.copyOf(judgements);
        if (judgements.isEmpty()) {
            throw new IllegalArgumentException("a spell has at least one inadequate judgement");
        }
    }

    public String oldCode() {
        return judgements.get(0).oldCode();
    }

    public Framework framework() {
        return judgements.get(0).framework();
    }

    public LocalDate since() {
        return judgements.get(0).published();
    }

    /** The date of the judgement that ended the spell; empty while it lasts. */
    public Optional<LocalDate> left() {
        InadequateJudgement last = judgements.get(judgements.size() - 1);
        return last.followedByBetter() ? Optional.of(last.nextPublished()) : Optional.empty();
    }

    public Optional<Long> monthsToLeave() {
        return left().map(date -> InadequateJudgement.months(since(), date));
    }

    /**
     * Groups inadequate judgements, ordered by authority and date as the SQL returns them, into
     * spells: a judgement that follows an inadequate one continues the spell that judgement is in.
     */
    public static List<InadequateSpell> of(List<InadequateJudgement> ordered) {
        List<InadequateSpell> spells = new ArrayList<>();
        List<InadequateJudgement> current = new ArrayList<>();
        for (InadequateJudgement j : ordered) {
            boolean continues = !current.isEmpty() && !j.startsSpell() && current.get(0).oldCode().equals(j.oldCode());
            if (!continues && !current.isEmpty()) {
                spells.add(new InadequateSpell(current));
                current = new ArrayList<>();
            }
            current.add(j);
        }
        if (!current.isEmpty()) {
            spells.add(new InadequateSpell(current));
        }
        return spells;
    }

    /** The median of the months to leave of the spells that ended, to one decimal place; empty when none ended. */
    public static Optional<BigDecimal> medianMonthsToLeave(List<InadequateSpell> spells) {
        List<Long> months = spells.stream().flatMap(s -> s.monthsToLeave().stream()).sorted().toList();
        if (months.isEmpty()) {
            return Optional.empty();
        }
        int n = months.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(months.get(n / 2))
                : BigDecimal.valueOf(months.get(n / 2 - 1) + months.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP);
        return Optional.of(median.setScale(1, RoundingMode.HALF_UP));
    }
}
