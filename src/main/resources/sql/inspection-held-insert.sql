INSERT INTO held_problem (run_id, source_order, line_number, column_name, cell_value, reason)
VALUES (?, ?, ?, ?, ?, ?)
