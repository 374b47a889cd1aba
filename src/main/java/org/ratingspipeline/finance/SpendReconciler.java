package org.ratingspipeline.finance;

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
 * After a spend file is loaded: rejects the rows that give one authority's year twice, replaces
 * what earlier runs loaded from the same file or for the same authority and year, and records the
 * file's counts ({@code sql/spend-*.sql}). Set-based statements, one transaction.
 */
@Component
public class SpendReconciler {

    private static final Logger log = LoggerFactory.getLogger(SpendReconciler.class);

    private final SingleFileReconciliation reconciliation;

    public SpendReconciler(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql) {
        this.reconciliation = new SingleFileReconciliation(jdbc, loads, sql, SourceKind.SPEND.code(), "spend");
    }

    @Transactional
    public SourceLoad reconcile(long runId, SourceFile file, long rowsRead) {
        SingleFileReconciliation.Removed removed = reconciliation.removeDuplicatesAndReplaced(runId, file);
        if (removed.duplicates() + removed.replaced() > 0) {
            log.info("{}: {} duplicate-row rejections, {} rows of earlier runs replaced", file.fileName(),
                    removed.duplicates(), removed.replaced());
        }
        return reconciliation.record(runId, file, rowsRead);
    }
}
