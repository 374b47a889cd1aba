package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.statistics.JudgementHistory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the computeHistory step stores, read straight from its tables, against {@link HistoryOracle}'s
 * plain count on four hand-made authorities: one that was inadequate twice under SIF and whose
 * ILACS judgement was carried out by a 31 March but published after that year's 30 June, one
 * abolished on 31 March 2021, one that moved from SIF to ILACS, and one whose last inspection's
 * report came out after the reporting date. Runs once per database through the subclasses.
 */
abstract class HistorySummaryContract extends JobTestSupport {

    @Autowired
    private JudgementHistory history;

    private static final String HEADER =
            "la_code,new_la_code,la_name,region,framework,inspection_date,publication_date,overall_effectiveness";
    private static final List<String> ROWS = List.of(
            "341,E08000012,Liverpool,E12000002,SIF,2015-01-12,2015-03-02,Inadequate",
            "341,E08000012,Liverpool,E12000002,SIF,2017-02-06,2017-04-20,Inadequate",
            "341,E08000012,Liverpool,E12000002,ILACS,2019-03-04,2019-07-15,Requires improvement",
            "341,E08000012,Liverpool,E12000002,ILACS,2022-10-03,2022-11-18,Good",
            "928,E10000021,Northamptonshire,E12000004,SIF,2016-08-01,2016-09-30,Inadequate",
            "928,E10000021,Northamptonshire,E12000004,ILACS,2019-11-04,2019-12-17,Inadequate",
            "881,E10000012,Essex,E12000006,SIF,2016-06-06,2016-07-22,Requires improvement",
            "881,E10000012,Essex,E12000006,ILACS,2018-06-04,2018-07-20,Good",
            "881,E10000012,Essex,E12000006,ILACS,2021-11-08,2021-12-17,Outstanding",
            "306,E09000008,Croydon,E12000007,ILACS,2024-02-05,2024-03-22,Inadequate",
            "306,E09000008,Croydon,E12000007,ILACS,2025-05-12,2025-07-04,Good");

    @Test
    void theStoredTrendAndJourneysAreAPlainCountOfTheJudgementsAndEachRunKeepsItsOwn() throws IOException {
        Path file = handMade();
        long firstRun = runOn(file, "2025-06-30");
        assertStoredIsTheOracles(firstRun, new HistoryOracle(file, LocalDate.parse("2025-06-30")));

        long secondRun = runOn(file, "2019-03-31");
        assertThat(secondRun).isNotEqualTo(firstRun);
        assertStoredIsTheOracles(secondRun, new HistoryOracle(file, LocalDate.parse("2019-03-31")));
        assertStoredIsTheOracles(firstRun, new HistoryOracle(file, LocalDate.parse("2025-06-30")));
    }

    /**
     * The map of each authority's judgements that the spend-per-child and visits sections share: read afresh each
     * time for a run not kept, read once for a kept run or taken from computeHistory's pass over it, and against a
     * plain count of the fixture.
     */
    @Test
    void eachAuthoritysJudgementsAreReadOnceForAKeptRunAndAfreshOtherwise() throws IOException {
        long runId = runOn(handMade(), "2025-06-30");
        AsAt asAt = new AsAt(LocalDate.parse("2022-12-31"), LocalDate.parse("2022-12-31"));
        ReportRun report = new ReportRun(runId, runId, asAt, LocalDateTime.now());

        Map<String, List<JudgementHistory.Judged>> afresh = history.byAuthority(report);
        Map<String, Long> counted = new HashMap<>();
        for (String row : ROWS) {
            String[] f = row.split(",");
            if (!LocalDate.parse(f[6]).isAfter(LocalDate.parse("2022-12-31"))) {
                counted.merge(f[0], 1L, Long::sum);
            }
        }
        assertThat(afresh).hasSize(counted.size());
        counted.forEach((code, n) -> assertThat(afresh.get(code)).as(code).hasSize(n.intValue()));
        assertThat(afresh.get("341")).extracting(JudgementHistory.Judged::inspected).isSorted();
        assertThat(history.byAuthority(report)).isEqualTo(afresh).isNotSameAs(afresh);

        history.keep(runId, asAt);
        Map<String, List<JudgementHistory.Judged>> first = history.byAuthority(report);
        assertThat(first).isEqualTo(afresh);
        assertThat(history.byAuthority(report)).isSameAs(first);
        ReportRun otherDate = new ReportRun(runId, runId, new AsAt(LocalDate.parse("2021-12-31"),
                LocalDate.parse("2021-12-31")), report.startedAt());
        assertThat(history.byAuthority(otherDate)).isNotEqualTo(first);
        history.keep(runId, asAt);
        assertThat(history.byAuthority(report)).as("kept again: still the same").isSameAs(first);
        history.release(runId, asAt);
        assertThat(history.byAuthority(report)).isEqualTo(afresh).isNotSameAs(first);

        // A pass of the run's, as computeHistory makes, is what the report then gets.
        history.keep(runId, asAt);
        List<List<JudgementHistory.Judged>> passed = new ArrayList<>();
        history.forEachAuthority(runId, asAt, passed::add);
        Map<String, List<JudgementHistory.Judged>> kept = history.byAuthority(report);
        assertThat(kept).isEqualTo(afresh);
        assertThat(passed).allSatisfy(list -> assertThat(kept.get(list.get(0).oldCode())).isSameAs(list));
        history.release(runId, asAt);
    }

    private Path handMade() throws IOException {
        return Files.write(work.resolve("hand-made.csv"), lines());
    }

    /** Runs the job on the file as at the date; the run's id. */
    private long runOn(Path file, String asOf) {
        RunOutcome outcome = run(file, asOf);
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        return jdbc.queryForObject("SELECT MAX(run_id) FROM trend_point", Long.class);
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(ROWS);
        return lines;
    }

    private void assertStoredIsTheOracles(long runId, HistoryOracle oracle) {
        LocalDate reporting = jdbc.queryForObject("SELECT MAX(as_at) FROM trend_point WHERE run_id = ?",
                LocalDate.class, runId);
        List<LocalDate> dates = oracle.asAtDates(reporting);
        assertThat(jdbc.queryForList("SELECT as_at FROM trend_point WHERE run_id = ? ORDER BY as_at",
                LocalDate.class, runId)).isEqualTo(dates);
        for (LocalDate date : dates) {
            assertThat(jdbc.queryForObject("SELECT published_by FROM trend_point WHERE run_id = ? AND as_at = ?",
                    LocalDate.class, runId, date)).as(date.toString()).isEqualTo(oracle.cutOff(date));
            assertThat(storedCounts(runId, date)).as(date.toString()).isEqualTo(expectedCounts(oracle, date));
        }
        assertThat(storedTransitions(runId)).isEqualTo(expectedTransitions(oracle));
        assertThat(storedInadequate(runId)).isEqualTo(oracle.inadequate().stream().map(i -> List.of(
                i.judgement().code(), i.judgement().framework(), i.judgement().published().toString(),
                i.previous().map(HistoryOracle.Judgement::grade).orElse("none"),
                i.next().map(HistoryOracle.Judgement::grade).orElse("none"),
                i.next().map(n -> n.published().toString()).orElse("none"))).toList());
    }

    /** "region|framework|grade" to authorities, from the oracle's tally of each region on the date. */
    private static Map<String, Long> expectedCounts(HistoryOracle oracle, LocalDate date) {
        Map<String, Long> expected = new HashMap<>();
        for (String region : HistoryOracle.REGIONS) {
            HistoryOracle.Tally t = oracle.tally(date, region);
            for (String framework : List.of("SIF", "ILACS")) {
                for (String grade : HistoryOracle.GRADES) {
                    if (t.count(grade, framework) > 0) {
                        expected.put(region + "|" + framework + "|" + grade, (long) t.count(grade, framework));
                    }
                }
            }
        }
        return expected;
    }

    /** The same from trend_count, whose fixture rows are all of overall effectiveness. */
    private Map<String, Long> storedCounts(long runId, LocalDate date) {
        Map<String, Long> stored = new HashMap<>();
        jdbc.query("SELECT region_code, era, judgement_area, grade, authorities FROM trend_count "
                + "WHERE run_id = ? AND as_at = ?", rs -> {
                    assertThat(rs.getString("judgement_area")).isEqualTo("OVERALL");
                    String key = rs.getString("region_code") + "|" + rs.getString("era") + "|"
                            + grade(rs.getInt("grade"));
                    assertThat(stored.put(key, rs.getLong("authorities"))).as(key + " stored once").isNull();
                }, runId, date);
        return stored;
    }

    /** "SIF to ILACS|from|to" to pairs. */
    private static Map<String, Long> expectedTransitions(HistoryOracle oracle) {
        Map<String, Long> expected = new HashMap<>();
        oracle.transitions().forEach((frameworks, byFrom) -> byFrom.forEach((from, byTo) -> byTo.forEach((to, n) ->
                expected.put(frameworks + "|" + from + "|" + to, (long) n))));
        return expected;
    }

    private Map<String, Long> storedTransitions(long runId) {
        Map<String, Long> stored = new HashMap<>();
        jdbc.query("SELECT from_framework, from_grade, to_framework, to_grade, transitions FROM judgement_transition "
                + "WHERE run_id = ?", rs -> {
                    stored.put(rs.getString("from_framework") + " to " + rs.getString("to_framework") + "|"
                            + grade(rs.getInt("from_grade")) + "|" + grade(rs.getInt("to_grade")),
                            rs.getLong("transitions"));
                }, runId);
        return stored;
    }

    private List<List<String>> storedInadequate(long runId) {
        return jdbc.query("SELECT old_la_code, framework, published, previous_grade, next_grade, next_published "
                + "FROM inadequate_judgement WHERE run_id = ? ORDER BY judgement_order", (rs, n) -> List.of(
                        rs.getString("old_la_code"), rs.getString("framework"), rs.getDate("published").toString(),
                        rs.getObject("previous_grade") == null ? "none" : grade(rs.getInt("previous_grade")),
                        rs.getObject("next_grade") == null ? "none" : grade(rs.getInt("next_grade")),
                        rs.getDate("next_published") == null ? "none" : rs.getDate("next_published").toString()),
                runId);
    }

    /** A stored grade (1 outstanding to 4 inadequate) as the oracle names it. */
    private static String grade(int number) {
        return HistoryOracle.GRADES.get(number - 1);
    }
}
