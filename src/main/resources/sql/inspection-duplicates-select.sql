-- Rows of one file for the same authority, framework and date: each such group with its first and
-- last line. Grouped in the order of loaded_judgement_by_authority, which holds every column named here,
-- so the database walks that index once and reads no row (a join of each row to its twins read a
-- row per index entry: 7 s for 100,000 rows). No WHERE: a condition on run_id alone would make it
-- scan the primary key and group in memory instead.
SELECT old_la_code, framework, key_date, source_order, MIN(line_number) AS first_line,
       MAX(line_number) AS last_line, COUNT(*) AS n
FROM loaded_judgement
GROUP BY old_la_code, framework, key_date, run_id, source_order
HAVING COUNT(*) > 1 AND run_id = :runId
