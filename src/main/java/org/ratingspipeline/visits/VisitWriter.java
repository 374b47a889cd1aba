package org.ratingspipeline.visits;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.RejectionLog;
import org.ratingspipeline.source.SingleFileRowWriter;
import org.ratingspipeline.source.SourceKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk of checked rows: visits to {@code visit}, faults to the rejection log, in one transaction. */
public class VisitWriter extends SingleFileRowWriter<Visit> {

    public VisitWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, long runId, String sourceFile) {
        super(jdbc, sql, rejections, "visit", SourceKind.VISITS.code(), runId, sourceFile);
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
}
