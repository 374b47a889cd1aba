package org.ratingspipeline.benchmarking;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.BoundaryChanges;
import org.ratingspipeline.authority.LocalAuthority;
import org.springframework.stereotype.Component;

/**
 * What a listed neighbour stands for on a date. A model made before a reorganisation lists
 * Northamptonshire, whose area North and West Northamptonshire cover now; a model made after one
 * lists Cumberland, whose area was Cumbria's before April 2023. Either way the authorities covering
 * the neighbour's area on the date are counted in its place, and the cell says so: a neighbour is
 * never dropped without a word, and one that maps to nothing is listed as not counted.
 */
@Component
public class NeighbourResolver {

    private final AuthorityRegister register;
    private final BoundaryChanges changes;

    public NeighbourResolver(AuthorityRegister register, BoundaryChanges changes) {
        this.register = register;
        this.changes = changes;
    }

    public Neighbour resolve(String oldCode, LocalDate date) {
        boolean known = register.hasOldCode(oldCode);
        if (!known) {
            return new Neighbour(oldCode, null, Neighbour.Standing.GONE, List.of(), null);
        }
        LocalAuthority listed = register.entryOn(oldCode, date);
        if (listed.existsOn(date)) {
            return new Neighbour(oldCode, listed.name(), Neighbour.Standing.CURRENT, List.of(listed), null);
        }
        boolean abolished = listed.terminatedBefore(date);
        List<BoundaryChanges.Change> steps = abolished ? changes.replacing(oldCode) : changes.replaced(oldCode);
        List<LocalAuthority> standIns = abolished
                ? follow(oldCode, date, code -> changes.replacing(code).stream()
                        .map(BoundaryChanges.Change::successor)
                        .toList())
                : follow(oldCode, date, code -> changes.replaced(code).stream()
                        .map(BoundaryChanges.Change::predecessor)
                        .toList());
        if (standIns.isEmpty()) {
            return new Neighbour(oldCode, listed.name(), Neighbour.Standing.GONE, List.of(), null);
        }
        return new Neighbour(
                oldCode,
                listed.name(),
                abolished ? Neighbour.Standing.REPLACED : Neighbour.Standing.NOT_YET_CREATED,
                standIns,
                steps.get(0).date());
    }

    /** The authorities existing on the date reached from the code through reorganisations, in listed order. */
    private List<LocalAuthority> follow(String oldCode, LocalDate date, Function<String, List<LocalAuthority>> next) {
        List<LocalAuthority> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(oldCode));
        Deque<String> queue = new ArrayDeque<>(List.of(oldCode));
        while (!queue.isEmpty()) {
            for (LocalAuthority step : next.apply(queue.removeFirst())) {
                if (!seen.add(step.oldCode())) {
                    continue;
                }
                Optional<LocalAuthority> then =
                        Optional.of(register.entryOn(step.oldCode(), date)).filter(a -> a.existsOn(date));
                if (then.isPresent()) {
                    found.add(then.get());
                } else {
                    queue.add(step.oldCode());
                }
            }
        }
        return found;
    }
}
