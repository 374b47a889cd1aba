package org.ratingspipeline.finance;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.RejectionLog;
import org.ratingspipeline.source.SingleFileRowWriter;
import org.ratingspipeline.source.SourceKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk of checked rows: spend to {@code spend}, faults to the rejection log, in one transaction. */
public class SpendWriter extends SingleFileRowWriter<Spend> {

    /**
     * Identifiers as given are kept for the reconciliation table; a longer cell is cut to this (the column's width).
     */
    private static final int GIVEN_LENGTH = 120;
    private static final int DETAIL_LENGTH = 1000;

    public SpendWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, long runId, String sourceFile) {
        super(jdbc, sql, rejections, "spend", SourceKind.SPEND.code(), runId, sourceFile);
    }

    @Override
    protected void bind(PreparedStatement ps, CheckedRow.Stored<Spend> row) throws SQLException {
        Spend s = row.value();
        int c = 1;
        ps.setLong(c++, runId());
        ps.setString(c++, sourceFile());
        ps.setLong(c++, row.line());
        ps.setString(c++, clip(s.given().oldCode(), GIVEN_LENGTH));
        ps.setString(c++, clip(s.given().newCode(), GIVEN_LENGTH));
        ps.setString(c++, clip(s.given().name(), GIVEN_LENGTH));
        ps.setString(c++, s.authority() == null ? null : s.authority().oldCode());
        ps.setString(c++, s.authority() == null ? null : s.authority().newCode());
        ps.setString(c++, s.unmatched() == null ? null : s.unmatched().reason().name());
        ps.setString(c++, s.unmatched() == null ? null : clip(s.unmatched().detail(), DETAIL_LENGTH));
        ps.setInt(c++, s.year().startYear());
        setMoney(ps, c++, s.money().budget());
        setMoney(ps, c++, s.money().outturn());
        setMoney(ps, c++, s.money().overspend());
    }

    private static void setMoney(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
