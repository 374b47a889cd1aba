package org.ratingspipeline.statistics;

import java.util.Comparator;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;

/** How many times an authority's overall effectiveness judgement {@code from} was followed next by {@code to}. */
public record Transition(Framework fromFramework, Grade from, Framework toFramework, Grade to, long count) {

    /** By the frameworks and grades of the two judgements, in that order. */
    static final Comparator<Transition> ORDER = Comparator.comparing(Transition::fromFramework)
            .thenComparing(Transition::from).thenComparing(Transition::toFramework).thenComparing(Transition::to);

    /** "SIF to ILACS": the frameworks of the two judgements, since grades across the change are not like for like. */
    public String frameworks() {
        return fromFramework.code() + " to " + toFramework.code();
    }
}
