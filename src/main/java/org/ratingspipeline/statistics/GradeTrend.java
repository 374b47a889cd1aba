package org.ratingspipeline.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Overall effectiveness over time: the latest judgements as at 31 March of each year (the date
 * Ofsted's own annual figures use) and at the reporting date. One pass over the stored history
 * gives every point (see {@link Tally}).
 */
@Component
public class GradeTrend {

    /** Ofsted's and DfE's annual figures are as at 31 March. */
    public static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private final NamedParameterJdbcTemplate jdbc;
    private final String firstJudgement;
    private final AuthorityRegister register;

    public GradeTrend(NamedParameterJdbcTemplate jdbc, SqlScripts sql, AuthorityRegister register) {
        this.jdbc = jdbc;
        this.firstJudgement = sql.get("trend-first-judgement-select");
        this.register = register;
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

    /** Counts for every date of {@link #asAtDates}, to be fed the history published by the reporting date. */
    public Tally tally(LocalDate reportingDate) {
        return new Tally(asAtDates(reportingDate));
    }

    /**
     * For each date, every authority's last judgement published by then, counted if the authority
     * existed on that date (in the region it was in then). Fed one authority's history at a time.
     */
    public final class Tally implements Consumer<List<JudgementHistory.Judged>> {

        private final List<LocalDate> dates;
        private final List<Map<String, String>> regionOn;
        private final List<Map<CountKey, Long>> counts;

        private Tally(List<LocalDate> dates) {
            this.dates = dates;
            this.regionOn = dates.stream().map(d -> register.existingOn(d).stream()
                    .collect(Collectors.toMap(LocalAuthority::oldCode, LocalAuthority::regionCode))).toList();
            this.counts = dates.stream().map(d -> (Map<CountKey, Long>) new HashMap<CountKey, Long>()).toList();
        }

        /** Takes one authority's judgements, oldest first. */
        @Override
        public void accept(List<JudgementHistory.Judged> judgements) {
            String code = judgements.get(0).oldCode();
            int next = 0;
            JudgementHistory.Judged latest = null;
            for (int d = 0; d < dates.size(); d++) {
                while (next < judgements.size() && !judgements.get(next).effectiveDate().isAfter(dates.get(d))) {
                    latest = judgements.get(next++);
                }
                String region = regionOn.get(d).get(code);
                if (latest != null && region != null) {
                    counts.get(d).merge(new CountKey(region, latest.framework(), latest.overall()), 1L, Long::sum);
                }
            }
        }

        public List<TrendPoint> points() {
            List<TrendPoint> points = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) {
                points.add(new TrendPoint(dates.get(d), counts.get(d).entrySet().stream()
                        .map(e -> new TrendPoint.Count(e.getKey().region(), e.getKey().framework(), e.getKey().grade(), e.getValue()))
                        .sorted(Comparator.comparing(TrendPoint.Count::regionCode).thenComparing(TrendPoint.Count::framework)
                                .thenComparing(TrendPoint.Count::grade))
                        .toList()));
            }
            return points;
        }
    }

    private record CountKey(String region, Framework framework, Grade grade) {
    }
}
