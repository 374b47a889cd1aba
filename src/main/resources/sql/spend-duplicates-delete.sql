DELETE FROM spend
WHERE run_id = :runId
  AND (old_la_code, financial_year) IN (
      SELECT old_la_code, financial_year
      FROM spend
      WHERE run_id = :runId AND old_la_code IS NOT NULL
      GROUP BY old_la_code, financial_year
      HAVING COUNT(*) > 1)
