package org.ratingspipeline.visits;

import org.ratingspipeline.common.SqlScripts;
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
 * After a visits file is loaded: counts a visit the file writes twice once (the first line; the
 * later ones are rejected, naming it), drops what earlier runs loaded, and records the file's counts.
 */
@Component
public class VisitReconciler {

    private static final Logger log = LoggerFactory.getLogger(VisitReconciler.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceLoads loads;
    private final String rejectDuplicates;
    private final String deleteDuplicates;
    private final String deleteReplaced;
    private final String counts;

    public VisitReconciler(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.rejectDuplicates = sql.get("visit-duplicates-reject");
        this.deleteDuplicates = sql.get("visit-duplicates-delete");
        this.deleteReplaced = sql.get("visit-replaced-delete");
        this.counts = sql.get("visit-load-counts");
    }

    @Transactional
    public SourceLoad reconcile(long runId, SourceFile file, long rowsRead) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("sourceFile",
                file.fileName());
        int duplicates = jdbc.update(rejectDuplicates, params);
        jdbc.update(deleteDuplicates, params);
        jdbc.update(deleteReplaced, params);
        if (duplicates > 0) {
            log.info("{}: {} visits written twice, counted once", file.fileName(), duplicates);
        }
        return loads.record(runId, VisitFile.SOURCE_KIND, 1, file, rowsRead, counts);
    }
}
