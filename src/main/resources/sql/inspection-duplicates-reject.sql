-- Two rows of one file for the same authority, framework and date: neither can be trusted over
-- the other, so both are rejected, each naming the other's line.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT a.run_id, 'inspections', a.source_file, a.line_number, '', '',
       'the same authority, framework and inspection date as line ' || CAST(b.line_number AS VARCHAR(20))
           || ': both rows rejected'
FROM inspection a
JOIN (SELECT old_la_code, framework, key_date
      FROM inspection
      WHERE run_id = :runId
      GROUP BY old_la_code, framework, key_date
      HAVING COUNT(*) > 1) d
  ON d.old_la_code = a.old_la_code AND d.framework = a.framework AND d.key_date = a.key_date
JOIN inspection b
  ON b.run_id = a.run_id AND b.old_la_code = a.old_la_code AND b.framework = a.framework
 AND b.key_date = a.key_date AND b.line_number <> a.line_number
WHERE a.run_id = :runId
