package org.ratingspipeline.statistics;

import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.authority.Region;

/**
 * One of Ofsted's eight regions: the nine English regions with North East and Yorkshire and the
 * Humber together, as Ofsted's releases report them.
 *
 * @param codes the ONS codes of the regions it covers
 */
public record OfstedRegion(String name, List<String> codes) {

    static final String NORTH_EAST = "E12000001";
    static final String YORKSHIRE = "E12000003";

    /** Ofsted's regions in the order of the English regions given (the joined one where North East stands). */
    public static List<OfstedRegion> of(List<Region> regions) {
        List<OfstedRegion> result = new ArrayList<>();
        for (Region r : regions) {
            if (r.code().equals(YORKSHIRE)) {
                continue;
            }
            result.add(r.code().equals(NORTH_EAST)
                    ? new OfstedRegion("North East, Yorkshire and the Humber", List.of(NORTH_EAST, YORKSHIRE))
                    : new OfstedRegion(r.name(), List.of(r.code())));
        }
        return result;
    }
}
