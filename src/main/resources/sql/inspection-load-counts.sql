-- What a run kept of one file; its stored rows are one range of the key (run_id * 2^44 + source_order * 2^32 +
-- line_number, schema.sql).
SELECT (SELECT COUNT(*) FROM loaded_judgement
        WHERE row_key BETWEEN :runId * 17592186044416 + :sourceOrder * 4294967296
                          AND :runId * 17592186044416 + :sourceOrder * 4294967296 + 4294967295) AS rows_loaded,
       (SELECT COUNT(DISTINCT line_number) FROM rejected_row
        WHERE run_id = :runId AND source_kind = :kind AND source_file = :sourceFile) AS rows_rejected,
       (SELECT COUNT(DISTINCT line_number) FROM row_warning
        WHERE run_id = :runId AND source_kind = :kind AND source_file = :sourceFile) AS rows_with_warnings,
       (SELECT COUNT(*) FROM source_overlap WHERE run_id = :runId AND source_order = :sourceOrder) AS rows_from_other_source
