-- The rows just rejected as in-file duplicates, found again through the identity index: an
-- IN (subquery) over rejected_row was re-evaluated by H2 for every stored row (rows x duplicates).
DELETE FROM judgement a
WHERE a.run_id = :runId
  AND EXISTS (SELECT 1 FROM judgement b
              WHERE b.old_la_code = a.old_la_code AND b.framework = a.framework AND b.key_date = a.key_date
                AND b.run_id = a.run_id AND b.source_order = a.source_order AND b.line_number <> a.line_number)
