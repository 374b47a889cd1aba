package org.ratingspipeline.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The trend and the improvement journeys of a run: worked out once, by the run's own step, from one
 * ordered pass over the stored judgements (reading every judgement is the costly part of both, about
 * ten seconds on a million-row store, so they share it), and kept per run as the latest judgements
 * are, so that the report's tables read a few hundred rows instead of the store.
 */
@Component
public class HistorySummary {

    /** What the tables of a run show: the trend's points, oldest first, and the journeys. */
    public record Figures(List<TrendPoint> trend, ImprovementJourneys.Journeys journeys) {
    }

    /** What a pass read (judgements, authorities) and stored (rows of the four tables). */
    public record Taken(long judgements, long authorities, int rows) {
    }

    /** The tables kept per run, by the stem of their statements' names. */
    private static final List<String> TABLES =
            List.of("trend-point", "trend-count", "judgement-transition", "inadequate-judgement");

    private final JudgementHistory history;
    private final GradeTrend trend;
    private final NamedParameterJdbcTemplate jdbc;
    private final SqlScripts sql;

    public HistorySummary(JudgementHistory history, GradeTrend trend, NamedParameterJdbcTemplate jdbc,
            SqlScripts sql) {
        this.history = history;
        this.trend = trend;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Works out the run's trend and journeys and stores them, replacing any from an interrupted attempt.
     * {@code checkpoint} is run after each authority and between the statements (it throws to stop the step).
     */
    public Taken take(long runId, AsAt asAt, Runnable checkpoint) {
        MapSqlParameterSource run = new MapSqlParameterSource("runId", runId);
        for (String table : TABLES) {
            jdbc.update(sql.get(table + "-delete"), run);
        }
        GradeTrend.Tally points = trend.tally(asAt);
        ImprovementJourneys journeys = new ImprovementJourneys();
        long[] read = new long[2];
        history.forEachAuthority(runId, asAt, judgements -> {
            points.accept(judgements);
            journeys.accept(judgements);
            read[0] += judgements.size();
            read[1]++;
            checkpoint.run();
        });
        Figures figures = new Figures(points.points(), journeys.journeys());
        int rows = store(runId, figures, checkpoint);
        return new Taken(read[0], read[1], rows);
    }

    /** Inserts the figures, table by table in {@link #TABLES}' order; returns how many rows. */
    private int store(long runId, Figures figures, Runnable checkpoint) {
        List<List<SqlParameterSource>> rows = new ArrayList<>(trendRows(runId, figures.trend()));
        rows.add(figures.journeys().transitions().stream().map(t -> (SqlParameterSource) new MapSqlParameterSource(
                "runId", runId).addValue("fromFramework", t.fromFramework().name())
                .addValue("fromGrade", t.from().number()).addValue("toFramework", t.toFramework().name())
                .addValue("toGrade", t.to().number()).addValue("transitions", t.count())).toList());
        rows.add(inadequateRows(runId, figures.journeys().inadequate()));
        int stored = 0;
        for (int t = 0; t < TABLES.size(); t++) {
            checkpoint.run();
            if (!rows.get(t).isEmpty()) {
                jdbc.batchUpdate(sql.get(TABLES.get(t) + "-insert"), rows.get(t).toArray(SqlParameterSource[]::new));
            }
            stored += rows.get(t).size();
        }
        return stored;
    }

    /** The rows of trend_point and of trend_count. */
    private static List<List<SqlParameterSource>> trendRows(long runId, List<TrendPoint> trend) {
        List<SqlParameterSource> dates = new ArrayList<>();
        List<SqlParameterSource> counts = new ArrayList<>();
        for (TrendPoint p : trend) {
            dates.add(new MapSqlParameterSource("runId", runId).addValue("asAt", p.asAt().inspectedBy())
                    .addValue("publishedBy", p.asAt().publishedBy()));
            for (TrendPoint.Count c : p.counts()) {
                counts.add(new MapSqlParameterSource("runId", runId).addValue("asAt", p.asAt().inspectedBy())
                        .addValue("regionCode", c.key().regionCode()).addValue("era", c.key().era().name())
                        .addValue("area", c.key().area().name())
                        .addValue("grade", number(c.key().grade()), Types.SMALLINT)
                        .addValue("authorities", c.authorities()));
            }
        }
        return List.of(dates, counts);
    }

    /** The rows of inadequate_judgement, numbered in the pass's order. */
    private static List<SqlParameterSource> inadequateRows(long runId, List<InadequateJudgement> all) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            InadequateJudgement j = all.get(i);
            rows.add(new MapSqlParameterSource("runId", runId).addValue("judgementOrder", i)
                    .addValue("oldCode", j.oldCode()).addValue("framework", j.framework().name())
                    .addValue("published", j.published())
                    .addValue("previousGrade", number(j.previous().orElse(null)), Types.SMALLINT)
                    .addValue("nextGrade", number(j.next().orElse(null)), Types.SMALLINT)
                    .addValue("nextPublished", j.nextPublished(), Types.DATE));
        }
        return rows;
    }

    /** The run's trend and journeys as {@link #take} stored them. */
    public Figures read(long runId) {
        MapSqlParameterSource run = new MapSqlParameterSource("runId", runId);
        Map<LocalDate, List<TrendPoint.Count>> counts = new HashMap<>();
        jdbc.query(sql.get("trend-count-select"), run, rs -> {
            counts.computeIfAbsent(date(rs, "as_at"), d -> new ArrayList<>()).add(new TrendPoint.Count(
                    new TrendPoint.Key(rs.getString("region_code"), InspectionEra.valueOf(rs.getString("era")),
                            JudgementArea.valueOf(rs.getString("judgement_area")), grade(rs, "grade")),
                    rs.getLong("authorities")));
        });
        List<TrendPoint> points = jdbc.query(sql.get("trend-point-select"), run, (rs, n) -> {
            LocalDate asAt = date(rs, "as_at");
            return new TrendPoint(new AsAt(asAt, date(rs, "published_by")), counts.getOrDefault(asAt, List.of()));
        });
        List<Transition> transitions = jdbc.query(sql.get("judgement-transition-select"), run, (rs, n) ->
                new Transition(Framework.valueOf(rs.getString("from_framework")), grade(rs, "from_grade"),
                        Framework.valueOf(rs.getString("to_framework")), grade(rs, "to_grade"),
                        rs.getLong("transitions")));
        List<InadequateJudgement> inadequate = jdbc.query(sql.get("inadequate-judgement-select"), run, (rs, n) ->
                new InadequateJudgement(rs.getString("old_la_code"), Framework.valueOf(rs.getString("framework")),
                        date(rs, "published"), Optional.ofNullable(grade(rs, "previous_grade")),
                        Optional.ofNullable(grade(rs, "next_grade")), date(rs, "next_published")));
        return new Figures(points, new ImprovementJourneys.Journeys(transitions, inadequate));
    }

    private static Integer number(Grade grade) {
        return grade == null ? null : grade.number();
    }

    private static Grade grade(ResultSet rs, String column) throws SQLException {
        int number = rs.getInt(column);
        return rs.wasNull() ? null : Grade.ofNumber(number);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
