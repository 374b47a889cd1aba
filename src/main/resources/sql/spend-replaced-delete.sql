-- A spend file loaded again replaces everything its earlier version loaded, and any file's row for
-- an authority and year replaces the earlier copy of that authority's year.
DELETE FROM spend
WHERE run_id <> :runId
  AND (source_file = :sourceFile
       OR (old_la_code, financial_year) IN (
           SELECT old_la_code, financial_year FROM spend WHERE run_id = :runId AND old_la_code IS NOT NULL))
