package org.ratingspipeline.benchmarking;

import java.util.List;
import org.ratingspipeline.finance.FinancialYear;

/**
 * One authority's spend per child and overspend in one financial year against its statistical neighbours' median,
 * its region and England, with its rank and quartile band: the figures of a row of the spend-per-child authorities
 * table, worked out once, so an authority's profile shows the very values that table does. Each figure is a number
 * or the {@link org.ratingspipeline.report.Shorthand} the table writes in its place.
 *
 * @param neighboursWithPerChild how many of the authority's neighbours (or the authorities standing for them) have a
 *     spend per child that year: the neighbours' median is over them
 */
public record SpendBenchmark(
        AuthorityYear authorityYear,
        Object perChild,
        Object neighboursPerChild,
        int neighboursWithPerChild,
        Object regionPerChild,
        Object englandPerChild,
        Object perChildRank,
        int perChildRanked,
        Object perChildBand,
        Object overspend,
        Object neighboursOverspend,
        Object regionOverspend,
        Object englandOverspend,
        Object overspendRank,
        int overspendRanked,
        Object overspendBand) {

    public FinancialYear year() {
        return authorityYear.line().year();
    }

    /** The cells under {@link SpendPerChildTables#bandColumns()}. */
    public List<Object> bands() {
        return List.of(perChildBand, overspendBand);
    }

    /** The cells under {@link SpendPerChildTables#figureColumns}. */
    public List<Object> figures() {
        return List.of(perChild, neighboursPerChild, regionPerChild, englandPerChild, perChildRank, perChildRanked,
                overspend, neighboursOverspend, regionOverspend, englandOverspend, overspendRank, overspendRanked);
    }
}
