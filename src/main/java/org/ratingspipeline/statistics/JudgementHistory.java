package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each authority's overall effectiveness judgements in date order, streamed from the store one
 * authority at a time. Window functions over every stored judgement would do the same in SQL, but
 * the embedded database holds a window's whole input in memory, which a long history does not fit.
 */
@Component
public class JudgementHistory {

    /** A judgement as the history needs it: whose, under which framework, when it counts from, what grade. */
    public record Judged(String oldCode, Framework framework, LocalDate effectiveDate, Grade overall) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String select;

    public JudgementHistory(DataSource dataSource, SqlScripts sql) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        // Rows come in batches instead of all at once (PostgreSQL reads everything otherwise).
        streaming.setFetchSize(5_000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.select = sql.get("judgement-history-select");
    }

    /** Hands over each authority's judgements published by the date, oldest first. */
    public void forEachAuthority(LocalDate asOf, Consumer<List<Judged>> authority) {
        List<Judged> current = new ArrayList<>();
        jdbc.query(select, new MapSqlParameterSource("asOf", asOf), rs -> {
            String code = rs.getString("old_la_code");
            if (!current.isEmpty() && !current.get(0).oldCode().equals(code)) {
                authority.accept(List.copyOf(current));
                current.clear();
            }
            current.add(new Judged(code, Framework.valueOf(rs.getString("framework")),
                    rs.getDate("effective_date").toLocalDate(), Grade.ofNumber(rs.getInt("overall_effectiveness"))));
        });
        if (!current.isEmpty()) {
            authority.accept(List.copyOf(current));
        }
    }
}
