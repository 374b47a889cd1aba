package org.ratingspipeline.profile;

import java.util.List;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.TableContent;

/**
 * A part of an authority's profile contributed by another feature, as a Spring bean: {@link AuthorityProfiles}
 * places each part's tables after the authority's judgements and before its spend, in the order of
 * {@link ProfileParts} (declared in {@code job.ReportCatalogue}).
 *
 * <p>This is where an authority's Ofsted visits go (focused visits and monitoring visits with their themes, from
 * the package {@code org.ratingspipeline.visits}, being written separately): a {@code ProfilePart} bean there adds
 * them, with no change here but a line in {@code job.ReportCatalogue}.
 */
public interface ProfilePart {

    /**
     * The part's tables for one profiled authority, or none. Each must sit on its own sheet named through
     * {@link ProfileSheets#name(String)} ({@code Profile_Croydon_visits}) and be keyed through
     * {@link ProfileSheets#key(String)}, so its name is valid, unique and within 31 characters.
     */
    List<TableContent> tables(ReportRun run, LocalAuthority authority, ProfileSheets sheets, Notes notes);

    /** Charts of the tables this part just built, named like its tables. */
    default List<ChartContent> charts(ReportRun run, LocalAuthority authority, ProfileSheets sheets,
                                      List<TableContent> tables) {
        return List.of();
    }
}
