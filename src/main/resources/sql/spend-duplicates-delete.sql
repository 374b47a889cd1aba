-- Both rows of an authority's financial year given twice, rejected by spend-duplicates-reject.sql. For each row,
-- another line of the same year is one step into spend_by_identity (the run, the authority, the year, then the
-- line), so the delete is linear in the rows; an IN over the years grouped apart was searched again for each row
-- (5,000 copies of one year: 6.1 s).
DELETE FROM spend
WHERE run_id = :runId
  AND old_la_code IS NOT NULL
  AND EXISTS (SELECT 1 FROM spend b
              WHERE b.run_id = spend.run_id AND b.old_la_code = spend.old_la_code
                AND b.financial_year = spend.financial_year AND b.line_number <> spend.line_number)
