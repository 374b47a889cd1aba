package org.ratingspipeline.source;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of checked rows of one input file in one transaction: the accepted rows with the
 * input's insert statement (one JDBC batch), the faults to the rejection log. Writing is idempotent:
 * the chunk's lines are cleared first, because a run killed just after a chunk committed, but before
 * the reader's position was saved, reads and writes that chunk again when it restarts.
 */
public abstract class CheckedRowWriter<T> implements ItemWriter<CheckedRow<T>> {

    private final JdbcTemplate jdbc;
    private final RejectionLog rejections;
    private final String insert;
    private final String clearLines;
    private final String sourceKind;
    private final long runId;
    private final String sourceFile;

    /** @param clearLines deletes the input's rows of a run between two line numbers (inclusive) */
    protected CheckedRowWriter(JdbcTemplate jdbc, RejectionLog rejections, String insert, String clearLines, String sourceKind,
                               long runId, String sourceFile) {
        this.jdbc = jdbc;
        this.rejections = rejections;
        this.insert = insert;
        this.clearLines = clearLines;
        this.sourceKind = sourceKind;
        this.runId = runId;
        this.sourceFile = sourceFile;
    }

    @Override
    public void write(Chunk<? extends CheckedRow<T>> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        long first = chunk.getItems().get(0).line();
        long last = chunk.getItems().get(chunk.size() - 1).line();
        jdbc.update(clearLines, runId, first, last);
        rejections.clear(runId, sourceKind, first, last);
        List<CheckedRow.Accepted<T>> accepted = new ArrayList<>(chunk.size());
        for (CheckedRow<T> row : chunk) {
            if (row instanceof CheckedRow.Accepted<T> a) {
                accepted.add(a);
            }
        }
        if (!accepted.isEmpty()) {
            jdbc.batchUpdate(insert, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    bind(ps, accepted.get(i));
                }

                @Override
                public int getBatchSize() {
                    return accepted.size();
                }
            });
        }
        rejections.record(runId, sourceKind, sourceFile, chunk.getItems());
    }

    /** Sets the insert statement's parameters for one accepted row. */
    protected abstract void bind(PreparedStatement ps, CheckedRow.Accepted<T> row) throws SQLException;

    protected long runId() {
        return runId;
    }

    protected String sourceFile() {
        return sourceFile;
    }
}
