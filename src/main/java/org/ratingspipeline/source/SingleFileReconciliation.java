package org.ratingspipeline.source;

import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The reconciliation of an input the run reads from one file (the spend file, the visits file), in the caller's
 * transaction: the rows the file gives twice are rejected and deleted, the stored rows the run's rows replace are
 * deleted, and then the file's counts are recorded. What counts as given twice or replaced is the input's own SQL,
 * {@code sql/PREFIX-duplicates-reject.sql}, {@code PREFIX-duplicates-delete}, {@code PREFIX-replaced-delete} and
 * {@code PREFIX-load-counts}, each with the parameters {@code :runId} and {@code :sourceFile}.
 */
public final class SingleFileReconciliation {

    /**
     * @param duplicates rows rejected as given twice in the file
     * @param replaced   rows of earlier runs deleted
     */
    public record Removed(int duplicates, int replaced) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceLoads loads;
    private final String sourceKind;
    private final String rejectDuplicates;
    private final String deleteDuplicates;
    private final String deleteReplaced;
    private final String counts;

    /** @param sqlPrefix the first word of the input's SQL file names ("spend", "visit") */
    public SingleFileReconciliation(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql,
                                    String sourceKind, String sqlPrefix) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.sourceKind = sourceKind;
        this.rejectDuplicates = sql.get(sqlPrefix + "-duplicates-reject");
        this.deleteDuplicates = sql.get(sqlPrefix + "-duplicates-delete");
        this.deleteReplaced = sql.get(sqlPrefix + "-replaced-delete");
        this.counts = sql.get(sqlPrefix + "-load-counts");
    }

    /** Rejects and deletes the rows the file gives twice, then deletes what the run's rows replace. */
    public Removed removeDuplicatesAndReplaced(long runId, SourceFile file) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("sourceFile",
                file.fileName());
        int duplicates = jdbc.update(rejectDuplicates, params);
        jdbc.update(deleteDuplicates, params);
        int replaced = jdbc.update(deleteReplaced, params);
        return new Removed(duplicates, replaced);
    }

    /** Records the file's counts as the only file of its kind in the run; see {@link SourceLoads#record}. */
    public SourceLoad record(long runId, SourceFile file, long rowsRead) {
        return loads.record(runId, sourceKind, 1, file, rowsRead, counts);
    }
}
