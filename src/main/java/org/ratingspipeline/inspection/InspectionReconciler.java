package org.ratingspipeline.inspection;

import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceLoad;
import org.ratingspipeline.source.SourceLoads;
import org.ratingspipeline.source.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the run's inspection files are loaded: rejects rows a file carries twice; counts an
 * inspection that several files carry once, from the first file that can read it, listing where
 * the files disagree; rejects held rows no file could stand in for; replaces earlier runs' copies
 * of the rows loaded again; removes rows an earlier version of one of the files carried and this
 * one does not; and records each file's counts. Set-based statements through the indexes, one
 * transaction; a stop request is honoured between statements.
 */
@Component
public class InspectionReconciler {

    private static final Logger log = LoggerFactory.getLogger(InspectionReconciler.class);
    /** Held rows deleted per JDBC batch: memory stays flat however many rows a file holds. */
    private static final int HELD_BATCH = 10_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceLoads loads;
    private final SourceOverlaps overlaps;
    private final InspectionDuplicates duplicates;
    private final SqlScripts sql;

    public InspectionReconciler(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SourceOverlaps overlaps,
                                InspectionDuplicates duplicates, SqlScripts sql) {
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.loads = loads;
        this.overlaps = overlaps;
        this.sql = sql;
    }

    /**
     * @param files the run's inspection files, in their order
     * @param rowsRead the data rows read from each, in the same order
     * @param checkpoint run between statements: it throws to end the step when a stop was requested (the
     *                   transaction is rolled back, and the resumed run reconciles from the start)
     */
    @Transactional
    public List<SourceLoad> reconcile(long runId, List<SourceFile> files, List<Long> rowsRead, Runnable checkpoint) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId)
                .addValue("sourceFiles", files.stream().map(SourceFile::fileName).toList());
        // before the duplicates go: a held duplicate's unreadable values are rejected with it
        jdbc.update(sql.get("inspection-held-duplicates-reject"), params);
        int duplicates = this.duplicates.reject(runId, files);
        checkpoint.run();
        int taken = overlaps.resolve(runId, files);
        checkpoint.run();
        int held = jdbc.update(sql.get("inspection-held-reject"), params);
        deleteHeld(runId);
        jdbc.update(sql.get("inspection-held-clear"), params);
        int superseded = 0;
        int removed = 0;
        if (otherRunsStored(runId)) {
            superseded = jdbc.update(sql.get("inspection-superseded-delete"), params);
            checkpoint.run();
            removed = jdbc.update(sql.get("inspection-removed-record"), params);
            jdbc.update(sql.get("inspection-removed-delete"), params);
        }
        if (duplicates + taken + held + superseded + removed > 0) {
            log.info("inspections: {} duplicate-row rejections, {} rows taken from an earlier file, {} unreadable rows "
                    + "rejected, {} earlier rows replaced, {} rows no longer in the files removed",
                    duplicates, taken, held, superseded, removed);
        }
        List<SourceLoad> recorded = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            recorded.add(loads.record(runId, SourceKind.INSPECTIONS.code(), i + 1, files.get(i), rowsRead.get(i),
                    sql.get("inspection-load-counts")));
        }
        return recorded;
    }

    /**
     * Deletes the run's held rows through the key, in its order, a batch at a time: the lines come from
     * held_problem, a table of the held rows' problems only (a million rows, 2,500 held: 0.2-0.35 s, against 1.3-2.1 s
     * for the pass over every row of the run that tested each row's held flag).
     */
    private void deleteHeld(long runId) {
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        String delete = sql.get("inspection-held-delete");
        List<Object[]> batch = new ArrayList<>();
        jdbc.query(sql.get("inspection-held-lines"), new MapSqlParameterSource("runId", runId), rs -> {
            batch.add(new Object[] {JudgementKey.of(runId, rs.getInt("source_order"), rs.getLong("line_number"))});
            if (batch.size() == HELD_BATCH) {
                plain.batchUpdate(delete, batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            plain.batchUpdate(delete, batch);
        }
    }

    /** A first load into an empty store has nothing to replace: skip two statements that would scan every row. */
    private boolean otherRunsStored(long runId) {
        var range = jdbc.queryForMap(sql.get("inspection-run-range"), new MapSqlParameterSource());
        Number first = (Number) range.get("first_run");
        Number last = (Number) range.get("last_run");
        return first != null && (first.longValue() != runId || last.longValue() != runId);
    }
}
