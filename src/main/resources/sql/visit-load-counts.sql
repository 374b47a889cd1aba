SELECT (SELECT COUNT(*) FROM visit WHERE run_id = :runId) AS rows_loaded,
       (SELECT COUNT(DISTINCT line_number) FROM rejected_row WHERE run_id = :runId AND source_kind = :kind) AS rows_rejected,
       (SELECT COUNT(DISTINCT line_number) FROM row_warning WHERE run_id = :runId AND source_kind = :kind) AS rows_with_warnings,
       0 AS rows_from_other_source
