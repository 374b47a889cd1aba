-- Two rows of one file for the same authority, visit type and date are one visit written twice
-- (Ofsted makes no two visits of one kind to an authority on a day): the first line counts, every
-- later one is rejected, naming the line counted.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT a.run_id, 'visits', a.source_file, a.line_number, '', '',
       'the same visit (authority, visit type and date) as line '
       || CAST((SELECT MIN(b.line_number) FROM visit b
                WHERE b.run_id = a.run_id AND b.old_la_code = a.old_la_code AND b.visit_type = a.visit_type
                  AND b.key_date = a.key_date) AS VARCHAR(20))
       || ': counted once, from that line'
FROM visit a
WHERE a.run_id = :runId
  AND EXISTS (SELECT 1 FROM visit b
              WHERE b.run_id = a.run_id AND b.old_la_code = a.old_la_code AND b.visit_type = a.visit_type
                AND b.key_date = a.key_date AND b.line_number < a.line_number)
