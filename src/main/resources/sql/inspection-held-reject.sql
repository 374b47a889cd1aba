-- Held rows that no other file could stand in for: rejected with the problems found when read.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT j.run_id, 'inspections', j.source_file, h.line_number, h.column_name, h.cell_value, h.reason
FROM judgement j
JOIN held_problem h ON h.run_id = j.run_id AND h.source_order = j.source_order AND h.line_number = j.line_number
WHERE j.run_id = :runId AND j.held = TRUE
