package org.ratingspipeline.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest judgement of every authority as at a date. Taking the snapshot is one set-based
 * statement over all stored judgements (a window function), so it costs the same whether the
 * store holds hundreds of rows or millions; reading it back gives one row per authority.
 */
@Component
public class LatestJudgements {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuthorityRegister register;
    private final String delete;
    private final String insert;
    private final String lastOverall;
    private final String select;

    public LatestJudgements(NamedParameterJdbcTemplate jdbc, AuthorityRegister register, SqlScripts sql) {
        this.jdbc = jdbc;
        this.register = register;
        this.delete = sql.get("latest-judgement-delete");
        this.insert = sql.get("latest-judgement-insert");
        this.lastOverall = sql.get("latest-judgement-last-overall");
        this.select = sql.get("latest-judgement-select");
    }

    /** Stores the run's snapshot (replacing any from an interrupted attempt) and returns its size. */
    public int take(long runId, AsAt asAt) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("asOf", asAt.inspectedBy())
                .addValue("publishedBy", asAt.publishedBy());
        jdbc.update(delete, params);
        int taken = jdbc.update(insert, params);
        jdbc.update(lastOverall, params);
        return taken;
    }

    /** Every authority that existed on the date, with its judgement from the run's snapshot. */
    public List<AuthorityJudgement> read(long runId, LocalDate asOf) {
        Map<String, LatestJudgement> byOldCode = snapshot(runId);
        return register.existingOn(asOf).stream()
                .sorted(Comparator.comparing(LocalAuthority::name))
                .map(a -> new AuthorityJudgement(a, region(a), Optional.ofNullable(byOldCode.get(a.oldCode()))))
                .toList();
    }

    /** A run's snapshot as stored: old LA code to latest judgement. */
    public Map<String, LatestJudgement> snapshot(long runId) {
        Map<String, LatestJudgement> byOldCode = new HashMap<>();
        jdbc.query(select, new MapSqlParameterSource("runId", runId), rs -> {
            byOldCode.put(rs.getString("old_la_code"), map(rs));
        });
        return byOldCode;
    }

    private Region region(LocalAuthority a) {
        return register.region(a.regionCode()).orElse(new Region(a.regionCode(), a.regionCode()));
    }

    private static LatestJudgement map(ResultSet rs) throws SQLException {
        Map<JudgementArea, Grade> grades = new EnumMap<>(JudgementArea.class);
        Set<JudgementArea> notApplicable = EnumSet.noneOf(JudgementArea.class);
        for (JudgementArea area : JudgementArea.values()) {
            int value = rs.getInt(area.column());
            if (rs.wasNull()) {
                continue;
            }
            if (value == 0) {
                notApplicable.add(area);
            } else {
                grades.put(area, Grade.ofNumber(value));
            }
        }
        int last = rs.getInt("last_overall");
        Optional<LatestJudgement.LastOverall> lastOverall = rs.wasNull() ? Optional.empty()
                : Optional.of(new LatestJudgement.LastOverall(Grade.ofNumber(last),
                        date(rs, "last_overall_inspected")));
        return new LatestJudgement(Framework.valueOf(rs.getString("framework")), rs.getString("inspection_type"),
                date(rs, "start_date"), date(rs, "end_date"), date(rs, "publication_date"), grades, notApplicable,
                lastOverall);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
