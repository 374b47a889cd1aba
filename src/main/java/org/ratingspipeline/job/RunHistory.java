package org.ratingspipeline.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job's recent executions as Spring Batch's job repository holds them, with each one's parameters as stored
 * (name to value as text), newest first. Read when the report is written, not in an earlier step: the report shows
 * its own execution, which is still running.
 */
@Component
public class RunHistory {

    /** One execution: times are null while it has none (an execution still running has no end). */
    public record Execution(long instanceId, long executionId, LocalDateTime started, LocalDateTime ended,
            String status, String exitCode, String exitMessage, Map<String, String> parameters) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String executions;
    private final String parameters;

    public RunHistory(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.executions = sql.get("run-history-select");
        this.parameters = sql.get("run-history-parameters");
    }

    /** The 20 most recent executions of the job, newest first. */
    public List<Execution> recent() {
        List<Execution> found = jdbc.query(executions,
                new MapSqlParameterSource("jobName", RatingsJobConfiguration.JOB_NAME), (rs, n) -> execution(rs));
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, Map<String, String>> byExecution = new HashMap<>();
        jdbc.query(parameters, new MapSqlParameterSource("executionIds",
                found.stream().map(Execution::executionId).toList()), rs -> {
                    byExecution.computeIfAbsent(rs.getLong("JOB_EXECUTION_ID"), k -> new HashMap<>())
                            .put(rs.getString("PARAMETER_NAME"), rs.getString("PARAMETER_VALUE"));
                });
        return found.stream().map(e -> new Execution(e.instanceId(), e.executionId(), e.started(), e.ended(),
                e.status(), e.exitCode(), e.exitMessage(), Map.copyOf(byExecution.getOrDefault(e.executionId(),
                        Map.of())))).toList();
    }

    private static Execution execution(ResultSet rs) throws SQLException {
        return new Execution(rs.getLong("JOB_INSTANCE_ID"), rs.getLong("JOB_EXECUTION_ID"),
                time(rs.getTimestamp("START_TIME")), time(rs.getTimestamp("END_TIME")), rs.getString("STATUS"),
                rs.getString("EXIT_CODE"), rs.getString("EXIT_MESSAGE"), Map.of());
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
