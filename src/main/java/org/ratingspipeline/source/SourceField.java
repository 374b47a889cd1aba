package org.ratingspipeline.source;

import java.util.List;

/** A column an input file may carry, found by any of its header names. */
public interface SourceField {

    /**
     * The canonical header name, as the contract documents it (e.g. {@code overall_effectiveness}): the first of {@link
     * #headerNames()}.
     */
    default String column() {
        return headerNames().get(0);
    }

    /** Every accepted header name, the canonical one first. */
    List<String> headerNames();
}
