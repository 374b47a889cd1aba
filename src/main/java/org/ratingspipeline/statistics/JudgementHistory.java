package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each authority's overall effectiveness judgements in date order, read from the store one
 * authority at a time. Window functions over every stored judgement would do the same in SQL, but
 * the embedded database holds a window's whole input in memory, which a long history does not fit.
 */
@Component
public class JudgementHistory {

    /** A judgement as the history needs it: whose, under which framework, when it counts from, what grade. */
    public record Judged(String oldCode, Framework framework, LocalDate effectiveDate, Grade overall) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String authorities;
    private final String select;

    public JudgementHistory(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.authorities = sql.get("judgement-history-authorities");
        this.select = sql.get("judgement-history-select");
    }

    /** Hands over each authority's judgements published by the date, oldest first; authorities with none are skipped. */
    public void forEachAuthority(LocalDate asOf, Consumer<List<Judged>> authority) {
        for (String code : jdbc.queryForList(authorities, new MapSqlParameterSource(), String.class)) {
            List<Judged> judgements = jdbc.query(select, new MapSqlParameterSource("code", code).addValue("asOf", asOf),
                    (rs, n) -> new Judged(rs.getString("old_la_code"), Framework.valueOf(rs.getString("framework")),
                            rs.getDate("effective_date").toLocalDate(), Grade.ofNumber(rs.getInt("overall_effectiveness"))));
            if (!judgements.isEmpty()) {
                authority.accept(judgements);
            }
        }
    }
}
