-- Two rows of one file for the same authority and financial year: neither can be trusted over
-- the other, so both are rejected, each naming the other's line.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT a.run_id, 'spend', a.source_file, a.line_number, '', '',
       'the same authority and financial year as line ' || CAST(b.line_number AS VARCHAR(20)) || ': both rows rejected'
FROM spend a
JOIN spend b
  ON b.run_id = a.run_id AND b.old_la_code = a.old_la_code AND b.financial_year = a.financial_year
 AND b.line_number <> a.line_number
WHERE a.run_id = :runId
