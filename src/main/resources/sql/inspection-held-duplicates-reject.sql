-- A held row that is also an in-file duplicate is rejected as one; what could not be read in it is
-- rejected with it, so the data-quality table still shows the value (it is deleted with its twin next).
-- Walked from held_problem, as sql/inspection-held-reject.sql is, and for the same reason.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT a.run_id, 'inspections', a.source_file, h.line_number, h.column_name, h.cell_value, h.reason
FROM held_problem h
JOIN loaded_judgement a ON a.row_key = h.run_id * 17592186044416 + h.source_order * 4294967296 + h.line_number
WHERE h.run_id = :runId AND a.held = TRUE
  AND EXISTS (SELECT 1 FROM loaded_judgement b
              WHERE b.old_la_code = a.old_la_code AND b.framework = a.framework AND b.key_date = a.key_date
                AND b.run_id = a.run_id AND b.source_order = a.source_order AND b.line_number <> a.line_number)
