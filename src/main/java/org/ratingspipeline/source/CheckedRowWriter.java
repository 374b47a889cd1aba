package org.ratingspipeline.source;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
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
    private final String sourceKind;
    private final long runId;
    private final String sourceFile;

    protected CheckedRowWriter(JdbcTemplate jdbc, RejectionLog rejections, String insert, String sourceKind,
                               long runId, String sourceFile) {
        this.jdbc = jdbc;
        this.rejections = rejections;
        this.insert = insert;
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
        clearLines(jdbc, first, last);
        rejections.clear(runId, sourceKind, sourceFile, first, last);
        List<CheckedRow.Stored<T>> accepted = new ArrayList<>(chunk.size());
        for (CheckedRow<T> row : chunk) {
            if (row instanceof CheckedRow.Stored<T> a) {
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

    /** Deletes what an earlier attempt stored for the lines {@code first} to {@code last} (inclusive) of this file. */
    protected abstract void clearLines(JdbcTemplate jdbc, long first, long last);

    /** Sets the insert statement's parameters for one stored row (accepted or held). */
    protected abstract void bind(PreparedStatement ps, CheckedRow.Stored<T> row) throws SQLException;

    protected long runId() {
        return runId;
    }

    protected String sourceFile() {
        return sourceFile;
    }

    /**
     * Binds a date that may be missing: SQL NULL, typed, as every store accepts. A {@code LocalDate} is bound as
     * itself (JDBC 4.2): {@code java.sql.Date} would go through the default time zone's calendar and back, a
     * tenth of a second a million rows for each date column.
     */
    protected static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date, Types.DATE);
        }
    }
}
