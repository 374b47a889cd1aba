package org.ratingspipeline.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Overall effectiveness over time: the latest judgements as at 31 March of each year (the date
 * Ofsted's own annual figures use) and at the reporting date. Each point is one set-based query over
 * the stored judgements, which returns a few dozen counts whatever the size of the store.
 */
@Component
public class GradeTrend {

    /** Ofsted's and DfE's annual figures are as at 31 March. */
    public static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private final NamedParameterJdbcTemplate jdbc;
    private final String firstJudgement;
    private final String gradeCounts;

    public GradeTrend(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.firstJudgement = sql.get("trend-first-judgement-select");
        this.gradeCounts = sql.get("trend-grade-count-select");
    }

    /**
     * 31 March of every year from the first one by which any judgement had been published, up to
     * the reporting date, and the reporting date itself when it is not a 31 March. Only the
     * reporting date when nothing had been published by a 31 March.
     */
    public List<LocalDate> asAtDates(LocalDate reportingDate) {
        Date first = jdbc.queryForObject(firstJudgement, new MapSqlParameterSource("asOf", reportingDate), Date.class);
        List<LocalDate> dates = new ArrayList<>();
        if (first != null) {
            LocalDate firstDate = first.toLocalDate();
            LocalDate yearEnd = YEAR_END.atYear(firstDate.getYear());
            if (yearEnd.isBefore(firstDate)) {
                yearEnd = yearEnd.plusYears(1);
            }
            for (; !yearEnd.isAfter(reportingDate); yearEnd = yearEnd.plusYears(1)) {
                dates.add(yearEnd);
            }
        }
        if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(reportingDate)) {
            dates.add(reportingDate);
        }
        return dates;
    }

    public TrendPoint at(LocalDate asOf) {
        List<TrendPoint.Count> counts = jdbc.query(gradeCounts, new MapSqlParameterSource("asOf", asOf),
                (rs, i) -> new TrendPoint.Count(rs.getString("region_code"), Framework.valueOf(rs.getString("framework")),
                        Grade.ofNumber(rs.getInt("overall_effectiveness")), rs.getLong("authorities")));
        return new TrendPoint(asOf, counts);
    }

    public List<TrendPoint> upTo(LocalDate reportingDate) {
        return asAtDates(reportingDate).stream().map(this::at).toList();
    }
}
