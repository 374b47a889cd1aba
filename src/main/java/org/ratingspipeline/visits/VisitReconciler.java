package org.ratingspipeline.visits;

import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.SingleFileReconciliation;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceLoad;
import org.ratingspipeline.source.SourceLoads;
import org.ratingspipeline.source.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a visits file is loaded: counts a visit the file writes twice once (the first line; the
 * later ones are rejected, naming it), drops what earlier runs loaded, and records the file's counts
 * ({@code sql/visit-*.sql}).
 */
@Component
public class VisitReconciler {

    private static final Logger log = LoggerFactory.getLogger(VisitReconciler.class);

    private final SingleFileReconciliation reconciliation;

    public VisitReconciler(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql) {
        this.reconciliation = new SingleFileReconciliation(jdbc, loads, sql, SourceKind.VISITS.code(), "visit");
    }

    @Transactional
    public SourceLoad reconcile(long runId, SourceFile file, long rowsRead) {
        // the visits of earlier runs are always dropped, so only the twice-written ones are worth a line
        int duplicates = reconciliation.removeDuplicatesAndReplaced(runId, file).duplicates();
        if (duplicates > 0) {
            log.info("{}: {} visits written twice, counted once", file.fileName(), duplicates);
        }
        return reconciliation.record(runId, file, rowsRead);
    }
}
