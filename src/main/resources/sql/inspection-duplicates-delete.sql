DELETE FROM inspection
WHERE run_id = :runId
  AND (old_la_code, framework, key_date) IN (
      SELECT old_la_code, framework, key_date
      FROM inspection
      WHERE run_id = :runId
      GROUP BY old_la_code, framework, key_date
      HAVING COUNT(*) > 1)
