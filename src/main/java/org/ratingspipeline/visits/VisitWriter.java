package org.ratingspipeline.visits;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.CheckedRowWriter;
import org.ratingspipeline.source.RejectionLog;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk of checked rows: visits to {@code visit}, faults to the rejection log, in one transaction. */
public class VisitWriter extends CheckedRowWriter<Visit> {

    private final String clearLines;

    public VisitWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, long runId, String sourceFile) {
        super(jdbc, rejections, sql.get("visit-insert"), VisitFile.SOURCE_KIND, runId, sourceFile);
        this.clearLines = sql.get("visit-lines-delete");
    }

    @Override
    protected void clearLines(JdbcTemplate jdbc, long first, long last) {
        jdbc.update(clearLines, runId(), first, last);
    }

    @Override
    protected void bind(PreparedStatement ps, CheckedRow.Stored<Visit> row) throws SQLException {
        Visit v = row.value();
        int c = 1;
        ps.setLong(c++, runId());
        ps.setString(c++, sourceFile());
        ps.setLong(c++, row.line());
        ps.setString(c++, v.authority().oldCode());
        ps.setString(c++, v.authority().newCode());
        ps.setString(c++, v.type().name());
        setDate(ps, c++, v.visitDate());
        setDate(ps, c++, v.publicationDate());
        setDate(ps, c++, v.date());
        ps.setInt(c++, v.financialYear());
        ps.setString(c++, v.theme());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }
}
