-- The lines of a group of more than two rows of one file for the same inspection.
SELECT line_number
FROM loaded_judgement
WHERE old_la_code = :code AND framework = :framework AND key_date = :keyDate AND run_id = :runId
  AND source_order = :sourceOrder
