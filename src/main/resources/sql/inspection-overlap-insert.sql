INSERT INTO source_overlap (run_id, source_order, line_number, kept_source_order, kept_line_number)
VALUES (?, ?, ?, ?, ?)
