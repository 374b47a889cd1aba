package org.ratingspipeline.job;

import java.util.Collection;
import java.util.List;
import org.ratingspipeline.benchmarking.NeighbourTables;
import org.ratingspipeline.benchmarking.NeighboursDataset;
import org.ratingspipeline.benchmarking.SpendPerChildDataset;
import org.ratingspipeline.benchmarking.SpendPerChildTables;
import org.ratingspipeline.finance.SpendDataset;
import org.ratingspipeline.finance.SpendTables;
import org.ratingspipeline.profile.AuthorityProfiles;
import org.ratingspipeline.profile.ProfilePart;
import org.ratingspipeline.profile.ProfileParts;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSections;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyDatasets;
import org.ratingspipeline.source.DataQualityTable;
import org.ratingspipeline.statistics.ChangesTable;
import org.ratingspipeline.statistics.HistoryTables;
import org.ratingspipeline.statistics.InspectionTables;
import org.ratingspipeline.statistics.JudgementsDataset;
import org.ratingspipeline.visits.VisitTables;
import org.ratingspipeline.visits.VisitsDataset;
import org.ratingspipeline.visits.VisitsProfilePart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the report holds, in the order a reader meets it: the workbook's sections, each authority profile's parts and
 * the tidy data files. The order matters: tables are numbered as they come ("Table 13" is whichever table comes
 * thirteenth for the run's inputs: without a spend file the spend tables are not there and every later table moves
 * up), and notes are numbered as a reader meets them, so moving a section renumbers tables and notes alike. The
 * README's table of the workbook's tables lists the same order with each table's key, class and SQL, and a test
 * compares it with the workbook of each bundled run. A section, part or dataset bean not listed here fails start-up
 * rather than go missing from the report.
 */
@Configuration
public class ReportCatalogue {

    @Bean
    public ReportSections reportSections(InspectionTables inspections, NeighbourTables neighbours,
                                         HistoryTables history, SpendTables spend, SpendPerChildTables spendPerChild,
                                         VisitTables visits, AuthorityProfiles profiles, ChangesTable changes,
                                         RunHistoryTable runs, DataQualityTable dataQuality,
                                         List<ReportSection> every) {
        return new ReportSections(everyBean(List.of(
                inspections,    // national, by region and area, impact of leaders, every authority
                neighbours,     // every authority beside its statistical neighbours
                history,        // the trend, then the improvement journeys
                spend,          // with a spend file: budget, outturn and overspend, and the rows not joined
                spendPerChild,  // with a spend file: spend per child against neighbours, region and England
                visits,         // with a visits file: monitoring and focused visits between inspections
                profiles,       // with --profile: each authority's sheets
                changes,        // since the last published report
                runs,           // the last runs of the job
                dataQuality),   // always last: every input row rejected or loaded with a warning
                every, "report section"));
    }

    /** Within each profile: its judgements first, then these parts, then its spend ({@link AuthorityProfiles}). */
    @Bean
    public ProfileParts profileParts(VisitsProfilePart visits, List<ProfilePart> every) {
        return new ProfileParts(everyBean(List.of(
                visits),        // with a visits file: its monitoring and focused visits
                every, "profile part"));
    }

    /** The tidy data files, in the order the cover lists them, the judgements first as in the workbook. */
    @Bean
    public TidyDatasets tidyDatasets(JudgementsDataset judgements, NeighboursDataset neighbours, SpendDataset spend,
                                     SpendPerChildDataset spendPerChild, VisitsDataset visits,
                                     List<TidyDataset> every) {
        return new TidyDatasets(everyBean(List.of(
                judgements,
                neighbours,
                spend,          // with a spend file
                spendPerChild,  // with a spend file
                visits),        // with a visits file
                every, "tidy dataset"));
    }

    /** The list as given, once it is known to hold every bean of its kind exactly once. */
    static <T> List<T> everyBean(List<T> listed, Collection<? extends T> every, String kind) {
        List<String> missing = every.stream().filter(b -> !listed.contains(b)).map(b -> b.getClass().getName())
                .toList();
        if (!missing.isEmpty() || listed.stream().distinct().count() != listed.size()) {
            throw new IllegalStateException("ReportCatalogue must list every " + kind + " once, in the order the "
                    + "report shows them; not listed: " + missing);
        }
        return listed;
    }
}
