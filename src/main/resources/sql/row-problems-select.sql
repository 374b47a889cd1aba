SELECT 'Rejected' AS outcome, source_kind, source_file, line_number, column_name, cell_value, reason
FROM rejected_row WHERE run_id = :runId
UNION ALL
SELECT 'Loaded with a warning' AS outcome, source_kind, source_file, line_number, column_name, cell_value, reason
FROM row_warning WHERE run_id = :runId
UNION ALL
SELECT 'Taken from another file' AS outcome, source_kind, source_file, line_number, column_name, cell_value, reason
FROM source_disagreement WHERE run_id = :runId
ORDER BY source_kind, source_file, line_number, outcome DESC, column_name
