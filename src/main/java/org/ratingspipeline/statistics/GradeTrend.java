package org.ratingspipeline.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Judgements over time: the latest judgements as at 31 March of each year (the date Ofsted's own
 * annual figures use, with their 30 June publication cut-off) and at the reporting date, in every
 * judgement area. One pass over the stored history gives every point (see {@link Tally}).
 */
@Component
public class GradeTrend {

    private final AuthorityRegister register;
    private final boolean ofstedCutOff;

    public GradeTrend(AuthorityRegister register,
                      @Value("${ratings.trend.ofsted-cut-off:true}") boolean ofstedCutOff) {
        this.register = register;
        this.ofstedCutOff = ofstedCutOff;
    }

    /** Whether the 31 March points count reports published by 30 June, as Ofsted's own figures do. */
    public boolean ofstedCutOff() {
        return ofstedCutOff;
    }

    /**
     * 31 March of every year from the first one by which a judgement carried out on {@code first} had been carried
     * out, up to the reporting date, each with Ofsted's 30 June cut-off where the report's own cut-off is past it;
     * then the reporting date itself when it is not such a 31 March. Only the reporting date when {@code first} is
     * null (nothing judged) or nothing had been judged by a 31 March.
     */
    List<AsAt> asAtDates(LocalDate first, AsAt reporting) {
        List<AsAt> dates = new ArrayList<>();
        if (first != null) {
            LocalDate yearEnd = AsAt.YEAR_END.atYear(first.getYear());
            if (yearEnd.isBefore(first)) {
                yearEnd = yearEnd.plusYears(1);
            }
            for (; yearEnd.isBefore(reporting.inspectedBy()); yearEnd = yearEnd.plusYears(1)) {
                dates.add(AsAt.yearEnd(yearEnd.getYear(), reporting.publishedBy(), ofstedCutOff));
            }
        }
        dates.add(reporting);
        return dates;
    }

    /** Counts for every date of the trend, to be fed the history counted by the reporting date's rule. */
    public Tally tally(AsAt reporting) {
        return new Tally(reporting);
    }

    /**
     * For each date, every authority's last judgement by the date's rule, counted if the authority
     * existed on that date (in the region it was in then), in every judgement area. Fed one
     * authority's history at a time. The trend starts at the first 31 March by which any judgement
     * fed had been carried out; an authority is counted from the first 31 March by which one of its
     * own had (before that it has no judgement to count), so the dates need not be known before the pass.
     */
    public final class Tally implements Consumer<List<JudgementHistory.Judged>> {

        private final AsAt reporting;
        private final Map<AsAt, Map<String, String>> regionOn = new HashMap<>();
        private final Map<AsAt, Map<TrendPoint.Key, Long>> counts = new HashMap<>();
        /** The earliest inspection fed, null until an authority has been. */
        private LocalDate first;

        private Tally(AsAt reporting) {
            this.reporting = reporting;
        }

        /** Takes one authority's judgements in the order carried out. */
        @Override
        public void accept(List<JudgementHistory.Judged> judgements) {
            String code = judgements.get(0).oldCode();
            LocalDate earliest = judgements.get(0).inspected();
            if (first == null || earliest.isBefore(first)) {
                first = earliest;
            }
            int next = 0;
            for (AsAt date : asAtDates(earliest, reporting)) {
                while (next < judgements.size() && !judgements.get(next).inspected().isAfter(date.inspectedBy())) {
                    next++;
                }
                JudgementHistory.Judged latest = latestPublished(judgements, next, date);
                String region = regionOn.computeIfAbsent(date, this::regions).get(code);
                if (latest != null && region != null) {
                    count(counts.computeIfAbsent(date, d -> new HashMap<>()), region, latest);
                }
            }
        }

        private Map<String, String> regions(AsAt date) {
            return register.existingOn(date.inspectedBy()).stream()
                    .collect(Collectors.toMap(LocalAuthority::oldCode, LocalAuthority::regionCode));
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

        /** Every date of the trend, in order, with its counts. */
        public List<TrendPoint> points() {
            List<TrendPoint> points = new ArrayList<>();
            for (AsAt date : asAtDates(first, reporting)) {
                points.add(new TrendPoint(date, counts.getOrDefault(date, Map.of()).entrySet().stream()
                        .map(e -> new TrendPoint.Count(e.getKey(), e.getValue())).toList()));
            }
            return points;
        }
    }
}
