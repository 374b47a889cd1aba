-- Two rows of one file for the same authority, framework and date: neither can be trusted over
-- the other, so both are rejected, each naming the other's line. Each row looks for its twins
-- through the identity index, so the cost grows with the file, not with its square.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT a.run_id, 'inspections', a.source_file, a.line_number, '', '',
       'the same authority, framework and inspection date as line ' || CAST(b.line_number AS VARCHAR(20))
           || ': both rows rejected'
FROM judgement a
JOIN judgement b
  ON b.old_la_code = a.old_la_code AND b.framework = a.framework AND b.key_date = a.key_date
 AND b.run_id = a.run_id AND b.source_order = a.source_order AND b.line_number <> a.line_number
WHERE a.run_id = :runId
