INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
VALUES (?, ?, ?, ?, ?, ?, ?)
