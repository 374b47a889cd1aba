INSERT INTO source_disagreement (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
VALUES (?, ?, ?, ?, ?, ?, ?)
