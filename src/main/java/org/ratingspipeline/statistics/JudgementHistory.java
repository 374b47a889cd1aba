package org.ratingspipeline.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.ReportRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each authority's judgements in the order they were carried out, from one ordered pass over the
 * store read as a stream: only one authority's judgements are in memory at a time. Window functions
 * over every stored judgement would do the same in SQL, but the embedded database holds a window's
 * whole input in memory, which a long history does not fit.
 */
@Component
public class JudgementHistory {

    /**
     * Grades packed three bits an area, in {@link JudgementArea} order: 0 not given, 1 to 4 the grade, 5 not
     * applicable.
     */
    private static final int NOT_APPLICABLE = 5;

    /** Rows a stream fetches at a time: PostgreSQL reads the whole result at once without one. */
    private static final int FETCH_SIZE = 5_000;

    /**
     * A judgement as the history needs it: whose, under which framework, when carried out and
     * published, what grades. Grades are packed into an int, because one authority of a large
     * generated store can have hundreds of thousands of judgements in memory at once.
     */
    public record Judged(String oldCode, Framework framework, LocalDate inspected, LocalDate published, int grades) {

        /** The grade in an area, or null where not given or not applicable. */
        public Grade grade(JudgementArea area) {
            int g = (grades >>> (3 * area.ordinal())) & 7;
            return g >= 1 && g <= 4 ? Grade.ofNumber(g) : null;
        }

        /** Overall effectiveness, or null for an inspection of the 2026 arrangements, which gives none. */
        public Grade overall() {
            return grade(JudgementArea.OVERALL);
        }

        public InspectionEra era() {
            return InspectionEra.of(framework, inspected);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String select;
    private final Object lock = new Object();
    private Kept keptFor;
    private Map<String, List<Judged>> kept;

    public JudgementHistory(DataSource dataSource, SqlScripts sql) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.select = sql.get("judgement-history-select");
    }

    /**
     * Every authority's judgements counted by the rule as at the report's date, in the order carried out, by old LA
     * code: for the sections that look an authority up rather than take the authorities one by one. One report asks
     * three times (spend per child, the visits tables and the visits' tidy file, on two threads), and at a million
     * stored rows a pass takes seconds, so a {@linkplain #keep kept} run's map is read once, or taken from the
     * computeHistory step's pass.
     */
    public Map<String, List<Judged>> byAuthority(ReportRun run) {
        Kept key = new Kept(run.runId(), run.asAt());
        synchronized (lock) {
            if (key.equals(keptFor)) {
                if (kept == null) {
                    kept = read(run.asAt(), judgements -> { });
                }
                return kept;
            }
        }
        return read(run.asAt(), judgements -> { });
    }

    /** One pass, handing each authority's list to {@code also} as well as into the map by old LA code. */
    private Map<String, List<Judged>> read(AsAt asAt, Consumer<List<Judged>> also) {
        Map<String, List<Judged>> byOldCode = new HashMap<>();
        forEachAuthority(asAt, judgements -> {
            also.accept(judgements);
            byOldCode.put(judgements.get(0).oldCode(), judgements);
        });
        return Collections.unmodifiableMap(byOldCode);
    }

    /**
     * From now until {@link #release}, the run's judgements as at its date are read once and kept: by its first pass
     * that goes to the end ({@link #forEachAuthority(long, AsAt, Consumer)} or {@link #byAuthority}). The job keeps
     * them from computeHistory to the end of writeReport, between which the store does not change; a run kept
     * already stays as it is, and keeping another run lets the earlier one go.
     */
    public void keep(long runId, AsAt asAt) {
        Kept key = new Kept(runId, asAt);
        synchronized (lock) {
            if (!key.equals(keptFor)) {
                keptFor = key;
                kept = null;
            }
        }
    }

    /** Lets the run's kept judgements go; anyone asking afterwards reads the store afresh. */
    public void release(long runId, AsAt asAt) {
        synchronized (lock) {
            if (new Kept(runId, asAt).equals(keptFor)) {
                keptFor = null;
                kept = null;
            }
        }
    }

    private record Kept(long runId, AsAt asAt) {
    }

    /**
     * {@link #forEachAuthority(AsAt, Consumer)} for the run, keeping the lists as well if the run is kept and has
     * none yet; a pass stopped part way (the consumer throws) keeps nothing.
     */
    public void forEachAuthority(long runId, AsAt asAt, Consumer<List<Judged>> authority) {
        Kept key = new Kept(runId, asAt);
        boolean keeping;
        synchronized (lock) {
            keeping = key.equals(keptFor) && kept == null;
        }
        if (!keeping) {
            forEachAuthority(asAt, authority);
            return;
        }
        Map<String, List<Judged>> read = read(asAt, authority);
        synchronized (lock) {
            if (key.equals(keptFor)) {
                kept = read;
            }
        }
    }

    /**
     * Hands over each authority's judgements counted by the rule, in the order carried out, authority by authority
     * (by old LA code); authorities with none are skipped. Each list is handed over as soon as the pass has gone
     * past it, and is not kept.
     */
    private void forEachAuthority(AsAt asAt, Consumer<List<Judged>> authority) {
        List<Ranked> current = new ArrayList<>();
        Map<LocalDate, LocalDate> dates = new HashMap<>();
        jdbc.query(select, new MapSqlParameterSource("asOf", asAt.inspectedBy())
                .addValue("publishedBy", asAt.publishedBy()), rs -> {
                    String code = rs.getString("old_la_code");
                    boolean same = !current.isEmpty() && current.get(0).judged().oldCode().equals(code);
                    if (!current.isEmpty() && !same) {
                        handOver(current, authority);
                    }
                    // One string per authority and one object per date: a section that keeps every authority's
                    // list (byAuthority) holds one object a judgement, not a string and two dates besides.
                    Judged judged = judged(rs, same ? current.get(0).judged().oldCode() : code, dates);
                    current.add(new Ranked(judged, rs.getInt("source_order"), rs.getLong("run_id"),
                            rs.getLong("line_number")));
                });
        if (!current.isEmpty()) {
            handOver(current, authority);
        }
    }

    /**
     * A row with what ranks it among the authority's rows of the same date, as latest-judgement-insert.sql does (the
     * first file of the run last, so that it counts as the latest).
     */
    private record Ranked(Judged judged, int sourceOrder, long runId, long line) {

        static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> r.judged().inspected())
                .thenComparing(Ranked::sourceOrder, Comparator.reverseOrder()).thenComparingLong(Ranked::runId)
                .thenComparingLong(Ranked::line);
    }

    /** The rows of an authority come framework by framework: they are put in date order, those of a date ranked. */
    private static void handOver(List<Ranked> rows, Consumer<List<Judged>> authority) {
        rows.sort(Ranked.ORDER);
        authority.accept(rows.stream().map(Ranked::judged).toList());
        rows.clear();
    }

    private static Judged judged(ResultSet rs, String oldCode, Map<LocalDate, LocalDate> dates) throws SQLException {
        int packed = 0;
        for (JudgementArea area : JudgementArea.values()) {
            int value = rs.getInt(area.column());
            int code = rs.wasNull() ? 0 : value == 0 ? NOT_APPLICABLE : value;
            packed |= code << (3 * area.ordinal());
        }
        LocalDate inspected = rs.getObject("key_date", LocalDate.class);
        LocalDate published = rs.getObject("effective_date", LocalDate.class);
        return new Judged(oldCode, Framework.valueOf(rs.getString("framework")),
                dates.computeIfAbsent(inspected, d -> d), dates.computeIfAbsent(published, d -> d), packed);
    }
}
