package org.ratingspipeline.profile;

import java.util.List;

/**
 * The parts other features add to each authority's profile, in the order they follow its judgements, declared in
 * {@code job.ReportCatalogue} with the order of the workbook's sections: their tables are numbered in this order.
 */
public record ProfileParts(List<ProfilePart> inOrder) {

    public ProfileParts {
        inOrder = List.copyOf(inOrder);
    }
}
