-- Two rows of one file for the same authority, visit type and date are one visit written twice
-- (Ofsted makes no two visits of one kind to an authority on a day): the first line counts, every
-- later one is rejected, naming the line counted. The visits written more than once are grouped first,
-- each with its first line, and their later lines found through visit_by_identity: a visit's first line is
-- looked up once, not once for each of its copies, so a visit written n times costs n rows, not n times n.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT a.run_id, 'visits', a.source_file, a.line_number, '', '',
       'the same visit (authority, visit type and date) as line ' || CAST(f.first_line AS VARCHAR(20))
       || ': counted once, from that line'
FROM (SELECT old_la_code, visit_type, key_date, MIN(line_number) AS first_line
      FROM visit
      WHERE run_id = :runId
      GROUP BY old_la_code, visit_type, key_date
      HAVING COUNT(*) > 1) f
JOIN visit a
  ON a.run_id = :runId AND a.old_la_code = f.old_la_code AND a.visit_type = f.visit_type
 AND a.key_date = f.key_date AND a.line_number > f.first_line
