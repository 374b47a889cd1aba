-- The later copies of a visit, rejected by visit-duplicates-reject.sql.
DELETE FROM visit
WHERE run_id = :runId
  AND EXISTS (SELECT 1 FROM visit b
              WHERE b.run_id = visit.run_id AND b.old_la_code = visit.old_la_code AND b.visit_type = visit.visit_type
                AND b.key_date = visit.key_date AND b.line_number < visit.line_number)
