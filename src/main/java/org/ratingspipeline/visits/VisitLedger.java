package org.ratingspipeline.visits;

import java.time.LocalDate;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.source.SourceLoads;
import org.ratingspipeline.source.SourceKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The visits a run loaded, as the report reads them. */
@Component
public class VisitLedger {

    /** A stored row of the run's visits file. */
    public record StoredVisit(String sourceFile, long line, String oldCode, VisitType type, LocalDate date,
            int financialYear,
                              String theme) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SourceLoads loads;
    private final String select;

    public VisitLedger(NamedParameterJdbcTemplate jdbc, SourceLoads loads, SqlScripts sql) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.select = sql.get("visit-select");
    }

    /** Whether the run read a visits file at all (without one the report has no visits tables). */
    public boolean hasVisits(long runId) {
        return loads.forRun(runId).stream().anyMatch(l -> SourceKind.VISITS.is(l.kind()));
    }

    /** Every row the run loaded, by authority and date. */
    public List<StoredVisit> read(long runId) {
        return jdbc.query(select, new MapSqlParameterSource("runId", runId), (rs, i) -> new StoredVisit(
                rs.getString("source_file"), rs.getLong("line_number"), rs.getString("old_la_code"),
                VisitType.valueOf(rs.getString("visit_type")), rs.getDate("key_date").toLocalDate(),
                        rs.getInt("financial_year"),
                rs.getString("theme")));
    }
}
