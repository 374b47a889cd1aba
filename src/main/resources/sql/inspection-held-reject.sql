-- Held rows that no other file could stand in for: rejected with the problems found when read.
-- Walked from held_problem (a held row always has a problem, written in its chunk's transaction), so
-- the statement visits the held rows through the key, not every row of the run (a million rows: 0.1 s,
-- was 1 s).
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT j.run_id, 'inspections', j.source_file, h.line_number, h.column_name, h.cell_value, h.reason
FROM held_problem h
JOIN loaded_judgement j ON j.row_key = h.run_id * 17592186044416 + h.source_order * 4294967296 + h.line_number
WHERE h.run_id = :runId AND j.held = TRUE
