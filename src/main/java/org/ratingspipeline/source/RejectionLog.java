package org.ratingspipeline.source;

import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records rejected rows and rows loaded with a warning, in the same transaction as the chunk that
 * read them, so a restarted step neither loses nor repeats them.
 */
public class RejectionLog {

    private final JdbcTemplate jdbc;
    private final String insertRejected;
    private final String insertWarning;
    private final String clearRejected;
    private final String clearWarnings;

    public RejectionLog(JdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.insertRejected = sql.get("rejected-row-insert");
        this.insertWarning = sql.get("row-warning-insert");
        this.clearRejected = sql.get("rejected-row-lines-delete");
        this.clearWarnings = sql.get("row-warning-lines-delete");
    }

    public void record(long runId, String sourceKind, String fileName, List<? extends CheckedRow<?>> rows) {
        List<Object[]> rejected = new ArrayList<>();
        List<Object[]> warnings = new ArrayList<>();
        for (CheckedRow<?> row : rows) {
            if (row instanceof CheckedRow.Rejected<?> r) {
                for (Problem p : r.problems()) {
                    rejected.add(new Object[] {runId, sourceKind, fileName, r.line(), p.column(), clip(p.value()),
                            clip(p.reason())});
                }
            } else if (row instanceof CheckedRow.Accepted<?> a) {
                for (Problem p : a.warnings()) {
                    warnings.add(new Object[] {runId, sourceKind, fileName, a.line(), p.column(), clip(p.value()),
                            clip(p.reason())});
                }
            }
        }
        if (!rejected.isEmpty()) {
            jdbc.batchUpdate(insertRejected, rejected);
        }
        if (!warnings.isEmpty()) {
            jdbc.batchUpdate(insertWarning, warnings);
        }
    }

    /** Forgets what was recorded for these lines, so that a chunk written again is recorded once. */
    public void clear(long runId, String sourceKind, String fileName, long firstLine, long lastLine) {
        jdbc.update(clearRejected, runId, sourceKind, fileName, firstLine, lastLine);
        jdbc.update(clearWarnings, runId, sourceKind, fileName, firstLine, lastLine);
    }

    /** Cells can be arbitrarily long; the table keeps the first 500 characters, enough to recognise a value. */
    public static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
