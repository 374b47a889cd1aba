SELECT (SELECT COUNT(*) FROM judgement WHERE run_id = :runId AND source_order = :sourceOrder) AS rows_loaded,
       (SELECT COUNT(DISTINCT line_number) FROM rejected_row
        WHERE run_id = :runId AND source_kind = :kind AND source_file = :sourceFile) AS rows_rejected,
       (SELECT COUNT(DISTINCT line_number) FROM row_warning
        WHERE run_id = :runId AND source_kind = :kind AND source_file = :sourceFile) AS rows_with_warnings,
       (SELECT COUNT(*) FROM source_overlap WHERE run_id = :runId AND source_order = :sourceOrder) AS rows_from_other_source
