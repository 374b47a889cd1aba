-- Two rows of one file for the same authority and financial year: neither can be trusted over
-- the other, so both are rejected, each naming the other's line. A year given more than twice is
-- rejected whole, each row naming the first line of its year or, the first row itself, the last, as
-- the inspections' duplicates do (inspection.InspectionDuplicates): one reason a row, where naming every
-- other line gave a year written 1,000 times 999,000 reasons. The run's rows are read once, each with its
-- year's count and first and last lines (window functions): a join to the years grouped apart had H2 group
-- the year again for each of its rows, which grows with rows times copies.
INSERT INTO rejected_row (run_id, source_kind, source_file, line_number, column_name, cell_value, reason)
SELECT w.run_id, 'spend', w.source_file, w.line_number, '', '',
       'the same authority and financial year as line '
       || CAST(CASE WHEN w.line_number = w.first_line THEN w.last_line ELSE w.first_line END AS VARCHAR(20))
       || ': both rows rejected'
FROM (SELECT run_id, source_file, line_number,
             COUNT(*) OVER (PARTITION BY old_la_code, financial_year) AS n,
             MIN(line_number) OVER (PARTITION BY old_la_code, financial_year) AS first_line,
             MAX(line_number) OVER (PARTITION BY old_la_code, financial_year) AS last_line
      FROM spend
      WHERE run_id = :runId AND old_la_code IS NOT NULL) w
WHERE w.n > 1
