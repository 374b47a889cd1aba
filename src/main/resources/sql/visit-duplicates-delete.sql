-- The later copies of a visit, rejected by visit-duplicates-reject.sql. For each row, an earlier line of the same
-- visit is one step into visit_by_identity (the identity, then the line), so the delete is linear in the rows.
DELETE FROM visit
WHERE run_id = :runId
  AND EXISTS (SELECT 1 FROM visit b
              WHERE b.run_id = visit.run_id AND b.old_la_code = visit.old_la_code AND b.visit_type = visit.visit_type
                AND b.key_date = visit.key_date AND b.line_number < visit.line_number)
