package org.ratingspipeline.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each authority's judgements in the order they were carried out, read from the store one
 * authority at a time. Window functions over every stored judgement would do the same in SQL, but
 * the embedded database holds a window's whole input in memory, which a long history does not fit.
 */
@Component
public class JudgementHistory {

    /**
     * Grades packed three bits an area, in {@link JudgementArea} order: 0 not given, 1 to 4 the grade, 5 not
     * applicable.
     */
    private static final int NOT_APPLICABLE = 5;

    /**
     * A judgement as the history needs it: whose, under which framework, when carried out and
     * published, what grades. Grades are packed into an int, because one authority of a large
     * generated store can have hundreds of thousands of judgements in memory at once.
     */
    public record Judged(String oldCode, Framework framework, LocalDate inspected, LocalDate published, int grades) {

        /** The grade in an area, or null where not given or not applicable. */
        public Grade grade(JudgementArea area) {
            int g = (grades >>> (3 * area.ordinal())) & 7;
            return g >= 1 && g <= 4 ? Grade.ofNumber(g) : null;
        }

        /** Overall effectiveness, or null for an inspection of the 2026 arrangements, which gives none. */
        public Grade overall() {
            return grade(JudgementArea.OVERALL);
        }

        public InspectionEra era() {
            return InspectionEra.of(framework, inspected);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String authorities;
    private final String select;

    public JudgementHistory(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.authorities = sql.get("judgement-history-authorities");
        this.select = sql.get("judgement-history-select");
    }

    /**
     * Hands over each authority's judgements counted by the rule, in the order carried out; authorities with none are
     * skipped.
     */
    public void forEachAuthority(AsAt asAt, Consumer<List<Judged>> authority) {
        for (String code : jdbc.queryForList(authorities, new MapSqlParameterSource(), String.class)) {
            List<Judged> judgements = jdbc.query(select, new MapSqlParameterSource("code", code)
                    .addValue("asOf", asAt.inspectedBy()).addValue("publishedBy", asAt.publishedBy()),
                    (rs, n) -> judged(rs));
            if (!judgements.isEmpty()) {
                authority.accept(judgements);
            }
        }
    }

    private static Judged judged(ResultSet rs) throws SQLException {
        int packed = 0;
        for (JudgementArea area : JudgementArea.values()) {
            int value = rs.getInt(area.column());
            int code = rs.wasNull() ? 0 : value == 0 ? NOT_APPLICABLE : value;
            packed |= code << (3 * area.ordinal());
        }
        return new Judged(rs.getString("old_la_code"), Framework.valueOf(rs.getString("framework")),
                rs.getDate("key_date").toLocalDate(), rs.getDate("effective_date").toLocalDate(), packed);
    }
}
