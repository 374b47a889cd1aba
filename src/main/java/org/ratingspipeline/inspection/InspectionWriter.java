package org.ratingspipeline.inspection;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.CheckedRowWriter;
import org.ratingspipeline.source.RejectionLog;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk of checked rows: judgements to {@code inspection}, faults to the rejection log, in one transaction. */
public class InspectionWriter extends CheckedRowWriter<Inspection> {

    static final String SOURCE_KIND = "inspections";

    public InspectionWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, long runId, String sourceFile) {
        super(jdbc, rejections, sql.get("inspection-insert"), sql.get("inspection-lines-delete"), SOURCE_KIND, runId, sourceFile);
    }

    @Override
    protected void bind(PreparedStatement ps, CheckedRow.Accepted<Inspection> row) throws SQLException {
        Inspection in = row.value();
        int c = 1;
        ps.setLong(c++, runId());
        ps.setString(c++, sourceFile());
        ps.setLong(c++, row.line());
        ps.setString(c++, in.authority().oldCode());
        ps.setString(c++, in.authority().newCode());
        ps.setString(c++, in.framework().code());
        ps.setString(c++, in.inspectionType());
        ps.setDate(c++, Date.valueOf(in.keyDate()));
        setDate(ps, c++, in.startDate());
        setDate(ps, c++, in.endDate());
        setDate(ps, c++, in.publicationDate());
        ps.setDate(c++, Date.valueOf(in.effectiveDate()));
        for (JudgementArea area : JudgementArea.values()) {
            Grade grade = in.grades().get(area);
            if (grade != null) {
                ps.setShort(c++, (short) grade.number());
            } else if (in.notApplicable().contains(area)) {
                ps.setShort(c++, (short) 0);
            } else {
                ps.setNull(c++, Types.SMALLINT);
            }
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }
}
