package org.ratingspipeline.statistics;

import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;

/** How many times an authority's overall effectiveness judgement {@code from} was followed next by {@code to}. */
public record Transition(Framework fromFramework, Grade from, Framework toFramework, Grade to, long count) {

    /** "SIF to ILACS": the frameworks of the two judgements, since grades across the change are not like for like. */
    public String frameworks() {
        return fromFramework.code() + " to " + toFramework.code();
    }
}
