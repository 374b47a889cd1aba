package org.ratingspipeline.inspection;

import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceLoad;
import org.ratingspipeline.source.SourceLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a file is loaded: rejects rows the file carries twice, replaces earlier copies of the
 * rows it carries again, removes rows an earlier version of the same file carried and this one
 * does not, and records the file's counts. Set-based statements, one transaction.
 */
@Component
public class InspectionReconciler {

    private static final Logger log = LoggerFactory.getLogger(InspectionReconciler.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceLoads loads;
    private final String rejectDuplicates;
    private final String deleteDuplicates;
    private final String deleteSuperseded;
    private final String recordRemoved;
    private final String deleteRemoved;
    private final String runRange;
    private final String counts;

    public InspectionReconciler(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.rejectDuplicates = sql.get("inspection-duplicates-reject");
        this.deleteDuplicates = sql.get("inspection-duplicates-delete");
        this.deleteSuperseded = sql.get("inspection-superseded-delete");
        this.recordRemoved = sql.get("inspection-removed-record");
        this.deleteRemoved = sql.get("inspection-removed-delete");
        this.runRange = sql.get("inspection-run-range");
        this.counts = sql.get("inspection-load-counts");
    }

    @Transactional
    public SourceLoad reconcile(long runId, SourceFile file, long rowsRead) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("sourceFile", file.fileName());
        int duplicates = jdbc.update(rejectDuplicates, params);
        jdbc.update(deleteDuplicates, params);
        int superseded = 0;
        int removed = 0;
        if (otherRunsStored(runId)) {
            superseded = jdbc.update(deleteSuperseded, params);
            removed = jdbc.update(recordRemoved, params);
            jdbc.update(deleteRemoved, params);
        }
        if (duplicates + superseded + removed > 0) {
            log.info("{}: {} duplicate-row rejections, {} earlier rows replaced, {} rows no longer in the file removed",
                    file.fileName(), duplicates, superseded, removed);
        }
        return loads.record(runId, InspectionWriter.SOURCE_KIND, file, rowsRead, counts);
    }

    /** A first load into an empty store has nothing to replace: skip two statements that would scan every row. */
    private boolean otherRunsStored(long runId) {
        var range = jdbc.queryForMap(runRange, new MapSqlParameterSource());
        Number first = (Number) range.get("first_run");
        Number last = (Number) range.get("last_run");
        return first != null && (first.longValue() != runId || last.longValue() != runId);
    }
}
