-- The run's visits (and the file's inspection rows, kept by type), in the order they were made.
SELECT source_file, line_number, old_la_code, new_la_code, visit_type, visit_date, publication_date, key_date,
       financial_year, theme
FROM visit
WHERE run_id = :runId
ORDER BY old_la_code, key_date, line_number
