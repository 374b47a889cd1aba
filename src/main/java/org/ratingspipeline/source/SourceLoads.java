package org.ratingspipeline.source;

import java.time.LocalDateTime;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The bookkeeping of each input file per run, and the row problems the report lists. */
@Component
public class SourceLoads {

    private final NamedParameterJdbcTemplate jdbc;
    private final String delete;
    private final String insert;
    private final String select;
    private final String problems;
    private final String problemCount;

    public SourceLoads(NamedParameterJdbcTemplate jdbc, SqlScripts sql) {
        this.jdbc = jdbc;
        this.delete = sql.get("source-load-upsert-delete");
        this.insert = sql.get("source-load-insert");
        this.select = sql.get("source-load-select");
        this.problems = sql.get("row-problems-select");
        this.problemCount = sql.get("row-problems-count");
    }

    /**
     * Records what became of a file's rows. Every row read is loaded, rejected or taken from another
     * file of the run; if the figures do not add up, rows went missing somewhere and the run must not publish.
     *
     * @param order the file's place among the run's files of this kind, from 1
     */
    public SourceLoad record(long runId, String kind, int order, SourceFile file, long rowsRead, String countsSql) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("kind", kind)
                .addValue("sourceOrder", order).addValue("sourceFile", file.fileName());
        var row = jdbc.queryForMap(countsSql, params);
        long loaded = ((Number) row.get("rows_loaded")).longValue();
        long rejected = ((Number) row.get("rows_rejected")).longValue();
        long warned = ((Number) row.get("rows_with_warnings")).longValue();
        long taken = ((Number) row.get("rows_from_other_source")).longValue();
        if (loaded + rejected + taken != rowsRead) {
            throw new IllegalStateException(file.fileName() + ": " + rowsRead + " rows read but " + loaded + " loaded, "
                    + rejected + " rejected and " + taken + " taken from another file; refusing to publish figures "
                    + "that do not account for every row");
        }
        SourceLoad load = new SourceLoad(kind, order, file.fileName(), file.path().toString(), file.sha256(),
                file.charset().name(), file.bytes(), rowsRead, loaded, rejected, warned, taken, LocalDateTime.now());
        jdbc.update(delete, params);
        jdbc.update(insert, params.addValue("fileName", load.fileName()).addValue("filePath", load.filePath())
                .addValue("sha256", load.sha256()).addValue("charset", load.charset()).addValue("fileBytes",
                load.bytes())
                .addValue("rowsRead", rowsRead).addValue("rowsLoaded", loaded).addValue("rowsRejected", rejected)
                .addValue("rowsWithWarnings", warned).addValue("rowsFromOtherSource", taken)
                .addValue("loadedAt", load.loadedAt()));
        return load;
    }

    public List<SourceLoad> forRun(long runId) {
        return jdbc.query(select, new MapSqlParameterSource("runId", runId), (rs, i) -> new SourceLoad(
                rs.getString("source_kind"), rs.getInt("source_order"), rs.getString("file_name"),
                        rs.getString("file_path"),
                rs.getString("sha256"), rs.getString("charset"), rs.getLong("file_bytes"), rs.getLong("rows_read"),
                rs.getLong("rows_loaded"), rs.getLong("rows_rejected"), rs.getLong("rows_with_warnings"),
                rs.getLong("rows_from_other_source"), rs.getTimestamp("loaded_at").toLocalDateTime()));
    }

    /** The first {@code limit} of the run's row problems, in the data-quality table's order. */
    public List<RowProblem> problems(long runId, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("runId", runId).addValue("limit", limit);
        return jdbc.query(problems, params, (rs, i) -> new RowProblem(
                rs.getString("outcome"), rs.getString("source_kind"), rs.getString("source_file"),
                        rs.getLong("line_number"),
                rs.getString("column_name"), rs.getString("cell_value"), rs.getString("reason")));
    }

    /** How many row problems the run has in all. */
    public long problemCount(long runId) {
        Long count = jdbc.queryForObject(problemCount, new MapSqlParameterSource("runId", runId), Long.class);
        return count == null ? 0 : count;
    }
}
