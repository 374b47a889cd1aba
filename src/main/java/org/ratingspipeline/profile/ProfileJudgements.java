package org.ratingspipeline.profile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.JudgementArea;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Every inspection of one authority held in the store, all frameworks, oldest first, with where each came from. */
@Component
public class ProfileJudgements {

    /**
     * One stored inspection.
     *
     * @param inspected the date it counts by: the start of fieldwork, or (SIF, which gives none) the publication date
     * @param effective the publication date, or the date that stands in for it
     * @param grades Ofsted's grade number (1 outstanding to 4 inadequate) by area; 0 not applicable; absent: not given
     */
    public record Stored(String sourceFile, int sourceOrder, long line, Framework framework, String inspectionType,
                         LocalDate inspected, LocalDate start, LocalDate end, LocalDate published, LocalDate effective,
                         Map<JudgementArea, Integer> grades) {

        /** Whether the report counts it: carried out by the reporting date and published by the cut-off. */
        public boolean countedAt(AsAt asAt) {
            return !inspected.isAfter(asAt.inspectedBy()) && !effective.isAfter(asAt.publishedBy());
        }

        /** An inspection of the arrangements of April 2026, which give no overall effectiveness judgement. */
        public boolean noOverallArrangements() {
            return framework.givesNoOverall(inspected);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String select;

    public ProfileJudgements(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.select = sql.get("profile-judgements");
    }

    public List<Stored> of(String oldCode) {
        return jdbc.query(select, new MapSqlParameterSource("code", oldCode), (rs, n) -> stored(rs));
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Map<JudgementArea, Integer> grades = new EnumMap<>(JudgementArea.class);
        for (JudgementArea area : JudgementArea.values()) {
            int value = rs.getInt(area.column());
            if (!rs.wasNull()) {
                grades.put(area, value);
            }
        }
        return new Stored(rs.getString("source_file"), rs.getInt("source_order"), rs.getLong("line_number"),
                Framework.valueOf(rs.getString("framework")), rs.getString("inspection_type"), date(rs, "key_date"),
                date(rs, "start_date"), date(rs, "end_date"), date(rs, "publication_date"), date(rs, "effective_date"),
                grades);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
