package org.ratingspipeline.inspection;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two rows of one file for the same authority, framework and date: neither can be trusted over the
 * other, so both are rejected, each naming another line of its group (for a pair, each other), and
 * taken out of the store through the primary key. The groups come from one walk along an index that
 * holds every column needed; only a group of more than two rows is read again for its middle lines.
 * The cost grows with the store and the duplicates, not with their product.
 */
@Component
public class InspectionDuplicates {

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate plain;
    private final SqlScripts sql;

    public InspectionDuplicates(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.plain = jdbc.getJdbcTemplate();
        this.sql = sql;
    }

    /** Rejects and removes the run's rows a file carries twice; returns how many rows. */
    public int reject(long runId, List<SourceFile> files) {
        List<Object[]> rejected = new ArrayList<>();
        List<Object[]> deleted = new ArrayList<>();
        jdbc.query(sql.get("inspection-duplicates-select"), new MapSqlParameterSource("runId", runId), rs -> {
            int order = rs.getInt("source_order");
            long first = rs.getLong("first_line");
            long last = rs.getLong("last_line");
            List<Long> lines = rs.getLong("n") == 2 ? List.of(first, last) : lines(runId, rs.getString("old_la_code"),
                    rs.getString("framework"), rs.getDate("key_date"), order);
            String file = files.get(order - 1).fileName();
            for (long line : lines) {
                long other = line == first ? last : first;
                rejected.add(new Object[] {runId, SourceKind.INSPECTIONS.code(), file, line, "", "",
                    "the same authority, framework and inspection date as line " + other + ": both rows rejected"});
                deleted.add(new Object[] {JudgementKey.of(runId, order, line)});
            }
        });
        if (!rejected.isEmpty()) {
            // In the key's order (file, then line), the order of the table's own tree: the walk found them in the
            // authorities' order, and deleting in that order visited the table's pages at random, each page read
            // again once the store outgrew H2's cache (a million rows, 200,000 repeats: 25 s).
            deleted.sort(Comparator.comparingLong((Object[] r) -> (Long) r[0]));
            rejected.sort(Comparator.comparing((Object[] r) -> (String) r[2]).thenComparingLong(r -> (Long) r[3]));
            plain.batchUpdate(sql.get("rejected-row-insert"), rejected);
            plain.batchUpdate(sql.get("inspection-line-delete"), deleted);
        }
        return rejected.size();
    }

    private List<Long> lines(long runId, String code, String framework, Date keyDate, int order) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("code", code)
                .addValue("framework", framework).addValue("keyDate", keyDate).addValue("sourceOrder", order);
        return jdbc.queryForList(sql.get("inspection-duplicates-lines"), params, Long.class);
    }
}
