package org.ratingspipeline.statistics;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;

/**
 * Columns another feature adds to the table of every authority's latest judgement (spend beside
 * the grades), so that table stays one row per authority without this package knowing the features.
 */
public interface AuthorityColumns {

    /**
     * The columns for the run and each authority's values for them; empty when the feature has nothing for this run.
     */
    Optional<Group> forRun(ReportRun run, Notes notes);

    /** @param values one value per column for an authority (a {@code String}, {@code Number}, date or Shorthand) */
    record Group(List<Column> columns, Function<LocalAuthority, List<Object>> values) {
    }
}
