package org.ratingspipeline.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.RejectionLog;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An inspection carried by more than one of a run's files counts once: from the first file in
 * the run's order that can read it. The other rows are taken out of the figures, each naming the
 * row kept, and wherever a grade or a date differs the data-quality table lists both values.
 */
@Component
public class SourceOverlaps {

    /** What a held row wrote where it had no value at all: an absence, not a disagreement worth listing. */
    private static final List<String> ABSENT = List.of("", InspectionRowChecker.UNREADABLE);

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate plain;
    private final SqlScripts sql;

    public SourceOverlaps(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.plain = jdbc.getJdbcTemplate();
        this.sql = sql;
    }

    /** Takes out the rows another file carries; returns how many. Nothing to do for a run of one file. */
    public int resolve(long runId, List<SourceFile> files) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId);
        jdbc.update(sql.get("inspection-overlap-clear"), params);
        jdbc.update(sql.get("source-disagreement-clear"), params);
        if (files.size() < 2) {
            return 0;
        }
        List<Object[]> found = new ArrayList<>();
        SameInspection matcher = new SameInspection(found::add);
        jdbc.query(sql.get("inspection-overlap-candidates"), params, rs -> {
            matcher.accept(new SameInspection.Row(rs.getInt("source_order"), rs.getLong("line_number"),
                    rs.getString("old_la_code"), rs.getString("framework"), rs.getDate("key_date").toLocalDate(),
                    localDate(rs.getDate("publication_date")),
                    rs.getBoolean("held")));
        });
        matcher.finish();
        if (found.isEmpty()) {
            return 0;
        }
        List<Object[]> overlaps = found.stream().map(o -> new Object[] {runId, o[0], o[1], o[2], o[3]}).toList();
        plain.batchUpdate(sql.get("inspection-overlap-insert"), overlaps);
        recordDisagreements(runId, files, params);
        jdbc.update(sql.get("inspection-overlap-delete"), params);
        return overlaps.size();
    }

    private void recordDisagreements(long runId, List<SourceFile> files, MapSqlParameterSource params) {
        Map<Long, List<String[]>> heldProblems = new HashMap<>();
        jdbc.query(sql.get("inspection-overlap-held-problems"), params, rs -> {
            heldProblems.computeIfAbsent(lineKey(rs.getInt("source_order"), rs.getLong("line_number")),
                    k -> new ArrayList<>())
                    .add(new String[] {rs.getString("column_name"), rs.getString("cell_value"),
                    rs.getString("reason")});
        });
        Map<String, Integer> orders = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            orders.put(files.get(i).fileName(), i + 1);
        }
        List<Object[]> disagreements = new ArrayList<>();
        jdbc.query(sql.get("inspection-overlap-pairs"), params, rs -> {
            String kept = rs.getString("file_b") + " line " + rs.getLong("line_b");
            String fileA = rs.getString("file_a");
            long lineA = rs.getLong("line_a");
            for (String[] p : heldProblems.getOrDefault(lineKey(orders.get(fileA), lineA), List.of())) {
                if (!ABSENT.contains(p[1].toLowerCase(Locale.ROOT))) {
                    disagreements.add(row(runId, fileA, lineA, p[0], p[1], p[2] + "; " + kept + " gives this "
                            + "inspection readably, and that row is counted"));
                }
            }
            dates(rs, runId, fileA, lineA, kept, disagreements);
            grades(rs, runId, fileA, lineA, kept, disagreements);
        });
        if (!disagreements.isEmpty()) {
            plain.batchUpdate(sql.get("source-disagreement-insert"), disagreements);
        }
    }

    private static void dates(ResultSet rs, long runId, String file, long line, String kept, List<Object[]> out)
            throws SQLException {
        compare(runId, file, line, kept, "Inspection start date", date(rs, "start_a"), date(rs, "start_b"), out);
        compare(runId, file, line, kept, "Publication date", date(rs, "published_a"), date(rs, "published_b"), out);
    }

    private static void grades(ResultSet rs, long runId, String file, long line, String kept, List<Object[]> out)
            throws SQLException {
        for (JudgementArea area : JudgementArea.values()) {
            compare(runId, file, line, kept, area.label(), grade(rs, area.column() + "_a"),
                    grade(rs, area.column() + "_b"),
                    out);
        }
    }

    /** Lists a difference only where both rows give a value: one row lacking a value is not a disagreement. */
    private static void compare(long runId, String file, long line, String kept, String what, String a, String b,
                                List<Object[]> out) {
        if (a != null && b != null && !Objects.equals(a, b)) {
            out.add(row(runId, file, line, what, a, what + " differs: " + kept + " gives '" + b
                    + "' for the same inspection, and that row is counted"));
        }
    }

    private static Object[] row(long runId, String file, long line, String column, String value, String reason) {
        return new Object[] {runId, SourceKind.INSPECTIONS.code(), file, line, column, RejectionLog.clip(value),
            reason.length() <= 1000 ? reason : reason.substring(0, 997) + "..."};
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate().toString();
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** A grade's label; null where not given or not applicable (one file lacking a judgement is no disagreement). */
    private static String grade(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() || value == 0 ? null : Grade.ofNumber(value).label();
    }

    private static long lineKey(int order, long line) {
        return ((long) order << 40) | line;
    }
}
