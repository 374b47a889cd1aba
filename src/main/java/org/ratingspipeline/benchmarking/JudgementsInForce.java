package org.ratingspipeline.benchmarking;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.statistics.JudgementHistory;
import org.springframework.stereotype.Component;

/**
 * The judgement in force during a financial year, as researchers set money beside ratings: the
 * authority's latest judgement carried out and published by the year's start (1 April), and any
 * judgement published during the year. Only judgements the report counts are used (those carried
 * out by its reporting date and published by its cut-off), so a year after the reporting date is
 * not given a judgement the report does not know of.
 */
@Component
public class JudgementsInForce {

    /** Judgements published during a year that its cell lists one by one. */
    static final int LISTED = 10;

    private final JudgementHistory history;

    public JudgementsInForce(JudgementHistory history) {
        this.history = history;
    }

    /** Each authority's judgements the report counts (old LA code to judgements, oldest first). */
    public Map<String, List<JudgementHistory.Judged>> read(ReportRun run) {
        return history.byAuthority(run);
    }

    /** The judgement in force on the date: the last carried out and published by then, in the store's ranking order. */
    static Optional<JudgementHistory.Judged> inForce(List<JudgementHistory.Judged> judgements, LocalDate date) {
        JudgementHistory.Judged found = null;
        for (JudgementHistory.Judged j : judgements) {
            if (!j.inspected().isAfter(date) && !j.published().isAfter(date)) {
                found = j;
            }
        }
        return Optional.ofNullable(found);
    }

    /** In words: the grade in force at the year's start, or why there is none. */
    static String atStart(List<JudgementHistory.Judged> judgements, FinancialYear year) {
        return inForce(judgements, year.start())
                .map(JudgementsInForce::grade)
                .orElse("No judgement published by " + Formats.LONG_DATE.format(year.start()));
    }

    /**
     * In words: each judgement published during the year, with its dates, or "None"; after the first
     * {@value #LISTED}, only how many more. A real authority has one or two in a year, but a store of generated or
     * repeated rows can hold hundreds, and a cell listing them all would pass Excel's limit of 32,767 characters.
     */
    static String during(List<JudgementHistory.Judged> judgements, FinancialYear year) {
        List<JudgementHistory.Judged> published = judgements.stream()
                .filter(j ->
                        j.published().isAfter(year.start()) && !j.published().isAfter(year.end()))
                .toList();
        if (published.isEmpty()) {
            return "None";
        }
        StringJoiner listed = new StringJoiner("; ");
        published.stream().limit(LISTED).forEach(j -> listed.add(grade(j) + " (inspected "
                + Formats.LONG_DATE.format(j.inspected()) + ", published " + Formats.LONG_DATE.format(j.published())
                + ")"));
        int more = published.size() - LISTED;
        return more > 0
                ? listed + "; and " + String.format(Locale.UK, "%,d", more) + " more published later in the year"
                : listed.toString();
    }

    private static String grade(JudgementHistory.Judged j) {
        return j.overall() == null ? Judged.NO_OVERALL : j.overall().label();
    }
}
