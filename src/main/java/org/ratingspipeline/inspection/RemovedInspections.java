package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows an updated inspection file no longer carries, as the run's reconciliation recorded them when it took
 * them out of the store ({@code removed_inspection}): read back for the report, which only formats them.
 */
@Component
public class RemovedInspections {

    /**
     * One row removed.
     *
     * @param overall null where the row gave no overall judgement (an inspection of the 2026 arrangements)
     */
    public record Removed(String oldCode, String sourceFile, String framework, LocalDate inspected,
            LocalDate published, Grade overall) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String select;

    public RemovedInspections(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.select = sql.get("removed-inspection-select");
    }

    /** The run's removed rows, by authority then inspection date. */
    public List<Removed> read(long runId) {
        return jdbc.query(select, new MapSqlParameterSource("runId", runId), (rs, i) -> {
            int overall = rs.getInt("overall_effectiveness");
            return new Removed(rs.getString("old_la_code"), rs.getString("source_file"), rs.getString("framework"),
                    rs.getDate("key_date").toLocalDate(), rs.getDate("effective_date").toLocalDate(),
                    overall == 0 ? null : Grade.ofNumber(overall));
        });
    }
}
