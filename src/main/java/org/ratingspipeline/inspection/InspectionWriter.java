package org.ratingspipeline.inspection;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.RejectionLog;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk of checked rows: judgements to {@code inspection}, faults to the rejection log, in one transaction. */
public class InspectionWriter implements ItemWriter<CheckedRow<Inspection>> {

    static final String SOURCE_KIND = "inspections";

    private final JdbcTemplate jdbc;
    private final RejectionLog rejections;
    private final String insert;
    private final long runId;
    private final String sourceFile;

    public InspectionWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, long runId, String sourceFile) {
        this.jdbc = jdbc;
        this.rejections = rejections;
        this.insert = sql.get("inspection-insert");
        this.runId = runId;
        this.sourceFile = sourceFile;
    }

    @Override
    public void write(Chunk<? extends CheckedRow<Inspection>> chunk) {
        List<CheckedRow.Accepted<Inspection>> accepted = new ArrayList<>(chunk.size());
        for (CheckedRow<Inspection> row : chunk) {
            if (row instanceof CheckedRow.Accepted<Inspection> a) {
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
        rejections.record(runId, SOURCE_KIND, sourceFile, chunk.getItems());
    }

    private void bind(PreparedStatement ps, CheckedRow.Accepted<Inspection> row) throws SQLException {
        Inspection in = row.value();
        int c = 1;
        ps.setLong(c++, runId);
        ps.setString(c++, sourceFile);
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
