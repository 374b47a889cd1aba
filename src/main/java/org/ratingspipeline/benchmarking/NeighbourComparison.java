package org.ratingspipeline.benchmarking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.GradeShares;
import org.ratingspipeline.statistics.GradeTally;

/**
 * An authority beside its statistical neighbours on the reporting date.
 *
 * @param neighbours as the model lists them, resolved to the date; empty when the model has no row for the authority
 * @param counted    the distinct authorities standing for the neighbours (never the authority itself), with
 *                   their judgements
 */
public record NeighbourComparison(
        AuthorityJudgement authority, Optional<List<Neighbour>> neighbours, List<AuthorityJudgement> counted) {

    /** The neighbours' overall effectiveness judgements counted as the national table counts them. */
    public GradeShares shares() {
        return GradeTally.of(counted, JudgementArea.OVERALL);
    }

    /**
     * Resolves the neighbours and collects who counts: an authority standing for two listed neighbours
     * (Bournemouth, Christchurch and Poole for Bournemouth and for Poole) counts once.
     */
    static NeighbourComparison of(
            AuthorityJudgement authority,
            Optional<List<Neighbour>> neighbours,
            Map<String, AuthorityJudgement> byOldCode) {
        Map<String, AuthorityJudgement> counted = new LinkedHashMap<>();
        for (Neighbour n : neighbours.orElse(List.of())) {
            for (LocalAuthority standIn : n.standIns()) {
                if (!standIn.oldCode().equals(authority.authority().oldCode())) {
                    counted.putIfAbsent(standIn.oldCode(), byOldCode.get(standIn.oldCode()));
                }
            }
        }
        return new NeighbourComparison(authority, neighbours, new ArrayList<>(counted.values()));
    }
}
