package org.ratingspipeline.source;

import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writer of an input the run reads from one file (the spend file, the visits file): its rows are stored by
 * {@code sql/PREFIX-insert.sql} and, being the run's only file of their kind, known by run and line number alone,
 * so an earlier attempt's lines are cleared by {@code PREFIX-lines-delete.sql} with those three parameters.
 */
public abstract class SingleFileRowWriter<T> extends CheckedRowWriter<T> {

    private final String clearLines;

    /** @param sqlPrefix the first word of the input's SQL file names ("spend", "visit") */
    protected SingleFileRowWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, String sqlPrefix,
                                  String sourceKind, long runId, String sourceFile) {
        super(jdbc, rejections, sql.get(sqlPrefix + "-insert"), sourceKind, runId, sourceFile);
        this.clearLines = sql.get(sqlPrefix + "-lines-delete");
    }

    @Override
    protected final void clearLines(JdbcTemplate jdbc, long first, long last) {
        jdbc.update(clearLines, runId(), first, last);
    }
}
