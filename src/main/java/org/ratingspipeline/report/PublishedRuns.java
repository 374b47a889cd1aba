package org.ratingspipeline.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The runs whose report was published, so each report can say what changed since the one before. */
@Component
public class PublishedRuns {

    /** A published run. */
    public record Published(long runId, long jobExecutionId, LocalDate asOf, LocalDateTime publishedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlScripts sql;

    public PublishedRuns(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    public void record(long runId, long jobExecutionId, LocalDate asOf) {
        MapSqlParameterSource p = new MapSqlParameterSource("runId", runId).addValue("jobExecutionId", jobExecutionId)
                .addValue("asOf", asOf).addValue("publishedAt", Timestamp.valueOf(LocalDateTime.now()));
        jdbc.update(sql.get("published-run-delete"), p);
        jdbc.update(sql.get("published-run-insert"), p);
    }

    /** The run whose report was published last, if any. */
    public Optional<Published> latest() {
        return previous(-1);
    }

    /** The last run published before the given one, if any. */
    public Optional<Published> previous(long runId) {
        return jdbc.query(sql.get("published-run-previous"), new MapSqlParameterSource("runId", runId),
                (rs, i) -> new Published(rs.getLong("run_id"), rs.getLong("job_execution_id"),
                        rs.getDate("as_of").toLocalDate(),
                        rs.getTimestamp("published_at").toLocalDateTime())).stream().findFirst();
    }
}
