package org.ratingspipeline.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Judgements over time: the latest judgements as at 31 March of each year (the date Ofsted's own
 * annual figures use, with their 30 June publication cut-off) and at the reporting date, in every
 * judgement area. One pass over the stored history gives every point (see {@link Tally}).
 */
@Component
public class GradeTrend {

    private final NamedParameterJdbcTemplate jdbc;
    private final String firstJudgement;
    private final AuthorityRegister register;
    private final boolean ofstedCutOff;

    public GradeTrend(NamedParameterJdbcTemplate jdbc, SqlScripts sql, AuthorityRegister register,
                      @Value("${ratings.trend.ofsted-cut-off:true}") boolean ofstedCutOff) {
        this.jdbc = jdbc;
        this.firstJudgement = sql.get("trend-first-judgement-select");
        this.register = register;
        this.ofstedCutOff = ofstedCutOff;
    }

    /** Whether the 31 March points count reports published by 30 June, as Ofsted's own figures do. */
    public boolean ofstedCutOff() {
        return ofstedCutOff;
    }

    /**
     * 31 March of every year from the first one by which any judgement had been carried out, up to
     * the reporting date, each with Ofsted's 30 June cut-off where the report's own cut-off is past
     * it; then the reporting date itself when it is not such a 31 March. Only the reporting date
     * when nothing had been judged by a 31 March.
     */
    public List<AsAt> asAtDates(AsAt reporting) {
        Date first = jdbc.queryForObject(firstJudgement, new MapSqlParameterSource("asOf", reporting.inspectedBy())
                .addValue("publishedBy", reporting.publishedBy()), Date.class);
        List<AsAt> dates = new ArrayList<>();
        if (first != null) {
            LocalDate firstDate = first.toLocalDate();
            LocalDate yearEnd = AsAt.YEAR_END.atYear(firstDate.getYear());
            if (yearEnd.isBefore(firstDate)) {
                yearEnd = yearEnd.plusYears(1);
            }
            for (; yearEnd.isBefore(reporting.inspectedBy()); yearEnd = yearEnd.plusYears(1)) {
                dates.add(AsAt.yearEnd(yearEnd.getYear(), reporting.publishedBy(), ofstedCutOff));
            }
        }
        dates.add(reporting);
        return dates;
    }

    /** Counts for every date of {@link #asAtDates}, to be fed the history counted by the reporting date's rule. */
    public Tally tally(AsAt reporting) {
        return new Tally(asAtDates(reporting));
    }

    /**
     * For each date, every authority's last judgement by the date's rule, counted if the authority
     * existed on that date (in the region it was in then), in every judgement area. Fed one
     * authority's history at a time.
     */
    public final class Tally implements Consumer<List<JudgementHistory.Judged>> {

        private final List<AsAt> dates;
        private final List<Map<String, String>> regionOn;
        private final List<Map<TrendPoint.Key, Long>> counts;

        private Tally(List<AsAt> dates) {
            this.dates = dates;
            this.regionOn = dates.stream().map(d -> register.existingOn(d.inspectedBy()).stream()
                    .collect(Collectors.toMap(LocalAuthority::oldCode, LocalAuthority::regionCode))).toList();
            this.counts =
                    dates.stream().map(d -> (Map<TrendPoint.Key, Long>) new HashMap<TrendPoint.Key, Long>()).toList();
        }

        /** Takes one authority's judgements in the order carried out. */
        @Override
        public void accept(List<JudgementHistory.Judged> judgements) {
            String code = judgements.get(0).oldCode();
            int next = 0;
            for (int d = 0; d < dates.size(); d++) {
                AsAt date = dates.get(d);
                while (next < judgements.size() && !judgements.get(next).inspected().isAfter(date.inspectedBy())) {
                    next++;
                }
                JudgementHistory.Judged latest = latestPublished(judgements, next, date);
                String region = regionOn.get(d).get(code);
                if (latest != null && region != null) {
                    count(counts.get(d), region, latest);
                }
            }
        }

        /** The last of the first {@code end} judgements published by the date's cut-off (usually the last one). */
        private static JudgementHistory.Judged latestPublished(List<JudgementHistory.Judged> judgements, int end,
                AsAt date) {
            for (int i = end - 1; i >= 0; i--) {
                if (!judgements.get(i).published().isAfter(date.publishedBy())) {
                    return judgements.get(i);
                }
            }
            return null;
        }

        private static void count(Map<TrendPoint.Key, Long> counts, String region, JudgementHistory.Judged latest) {
            InspectionEra era = latest.era();
            for (JudgementArea area : JudgementArea.values()) {
                Grade grade = latest.grade(area);
                if (grade != null) {
                    counts.merge(new TrendPoint.Key(region, era, area, grade), 1L, Long::sum);
                } else if (area == JudgementArea.OVERALL && era == InspectionEra.ILACS_2026) {
                    counts.merge(new TrendPoint.Key(region, era, area, null), 1L, Long::sum);
                }
            }
        }

        public List<TrendPoint> points() {
            List<TrendPoint> points = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) {
                points.add(new TrendPoint(dates.get(d), counts.get(d).entrySet().stream()
                        .map(e -> new TrendPoint.Count(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing((TrendPoint.Count c) -> c.key().regionCode())
                                .thenComparing(c -> c.key().era()).thenComparing(c -> c.key().area())
                                .thenComparing(c -> c.key().grade(), Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList()));
            }
            return points;
        }
    }
}
