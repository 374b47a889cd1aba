package org.ratingspipeline.finance;

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
 * After a spend file is loaded: rejects the rows that give one authority's year twice, replaces
 * what earlier runs loaded from the same file or for the same authority and year, and records the
 * file's counts. Set-based statements, one transaction.
 */
@Component
public class SpendReconciler {

    private static final Logger log = LoggerFactory.getLogger(SpendReconciler.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceLoads loads;
    private final String rejectDuplicates;
    private final String deleteDuplicates;
    private final String deleteReplaced;
    private final String counts;

    public SpendReconciler(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.rejectDuplicates = sql.get("spend-duplicates-reject");
        this.deleteDuplicates = sql.get("spend-duplicates-delete");
        this.deleteReplaced = sql.get("spend-replaced-delete");
        this.counts = sql.get("spend-load-counts");
    }

    @Transactional
    public SourceLoad reconcile(long runId, SourceFile file, long rowsRead) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("sourceFile",
                file.fileName());
        int duplicates = jdbc.update(rejectDuplicates, params);
        jdbc.update(deleteDuplicates, params);
        int replaced = jdbc.update(deleteReplaced, params);
        if (duplicates + replaced > 0) {
            log.info("{}: {} duplicate-row rejections, {} rows of earlier runs replaced", file.fileName(), duplicates,
                    replaced);
        }
        return loads.record(runId, SpendFile.SOURCE_KIND, 1, file, rowsRead, counts);
    }
}
