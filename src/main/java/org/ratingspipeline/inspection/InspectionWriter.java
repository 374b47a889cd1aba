package org.ratingspipeline.inspection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.CheckedRowWriter;
import org.ratingspipeline.source.Problem;
import org.ratingspipeline.source.RejectionLog;
import org.ratingspipeline.source.SourceKind;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of checked rows of one inspection file (the run's file number {@code sourceOrder}):
 * judgements to {@code loaded_judgement}, the problems of held rows to {@code held_problem}, faults to the
 * rejection log, in one transaction.
 */
public class InspectionWriter extends CheckedRowWriter<Inspection> {

    private final JdbcTemplate jdbc;
    private final int sourceOrder;
    private final String clearLines;
    private final String clearHeld;
    private final String insertHeld;

    public InspectionWriter(JdbcTemplate jdbc, SqlScripts sql, RejectionLog rejections, long runId, int sourceOrder,
                            String sourceFile) {
        super(jdbc, rejections, sql.get("inspection-insert"), SourceKind.INSPECTIONS.code(), runId, sourceFile);
        this.jdbc = jdbc;
        this.sourceOrder = sourceOrder;
        this.clearLines = sql.get("inspection-lines-delete");
        this.clearHeld = sql.get("inspection-held-lines-delete");
        this.insertHeld = sql.get("inspection-held-insert");
    }

    @Override
    public void write(Chunk<? extends CheckedRow<Inspection>> chunk) {
        super.write(chunk);
        List<Object[]> held = new ArrayList<>();
        for (CheckedRow<Inspection> row : chunk) {
            if (row instanceof CheckedRow.Held<Inspection> h) {
                for (Problem p : h.problems()) {
                    held.add(new Object[] {runId(), sourceOrder, h.line(), p.column(), RejectionLog.clip(p.value()),
                        RejectionLog.clip(p.reason())});
                }
            }
        }
        if (!held.isEmpty()) {
            jdbc.batchUpdate(insertHeld, held);
        }
    }

    @Override
    protected void clearLines(JdbcTemplate jdbc, long first, long last) {
        jdbc.update(clearLines, JudgementKey.of(runId(), sourceOrder, first),
                JudgementKey.of(runId(), sourceOrder, last));
        jdbc.update(clearHeld, runId(), sourceOrder, first, last);
    }

    @Override
    protected void bind(PreparedStatement ps, CheckedRow.Stored<Inspection> row) throws SQLException {
        Inspection in = row.value();
        int c = 1;
        ps.setLong(c++, JudgementKey.of(runId(), sourceOrder, row.line()));
        ps.setLong(c++, runId());
        ps.setInt(c++, sourceOrder);
        ps.setString(c++, sourceFile());
        ps.setLong(c++, row.line());
        ps.setString(c++, in.authority().oldCode());
        ps.setString(c++, in.authority().newCode());
        ps.setString(c++, in.framework().code());
        ps.setString(c++, in.inspectionType());
        setDate(ps, c++, in.keyDate());
        setDate(ps, c++, in.startDate());
        setDate(ps, c++, in.endDate());
        setDate(ps, c++, in.publicationDate());
        setDate(ps, c++, in.effectiveDate());
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
        ps.setBoolean(c, row instanceof CheckedRow.Held<Inspection>);
    }
}
