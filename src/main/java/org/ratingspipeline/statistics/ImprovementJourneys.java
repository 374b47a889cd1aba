package org.ratingspipeline.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What followed each judgement: window functions over every stored judgement of an authority (old LA
 * code) in date order, published on or before the reporting date. The database pairs the judgements
 * and counts them; only the counts and the inadequate judgements come back.
 */
@Component
public class ImprovementJourneys {

    private final NamedParameterJdbcTemplate jdbc;
    private final String transitions;
    private final String inadequate;

    public ImprovementJourneys(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.transitions = sql.get("journey-transition-select");
        this.inadequate = sql.get("journey-inadequate-select");
    }

    /** Counts of consecutive pairs of judgements, by frameworks and grades; pairs that never happened are absent. */
    public List<Transition> transitions(LocalDate asOf) {
        return jdbc.query(transitions, new MapSqlParameterSource("asOf", asOf), (rs, i) -> new Transition(
                Framework.valueOf(rs.getString("from_framework")), Grade.ofNumber(rs.getInt("from_grade")),
                Framework.valueOf(rs.getString("to_framework")), Grade.ofNumber(rs.getInt("to_grade")),
                rs.getLong("transitions")));
    }

    /** Every inadequate judgement, ordered by authority then date (the order {@link InadequateSpell#of} needs). */
    public List<InadequateJudgement> inadequateJudgements(LocalDate asOf) {
        return jdbc.query(inadequate, new MapSqlParameterSource("asOf", asOf), (rs, i) -> new InadequateJudgement(
                rs.getString("old_la_code"), Framework.valueOf(rs.getString("framework")), date(rs, "effective_date"),
                grade(rs, "previous_grade"), grade(rs, "next_grade"), date(rs, "next_date")));
    }

    private static Optional<Grade> grade(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Grade.ofNumber(value));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
