SELECT source_file, old_la_code, framework, key_date, effective_date, overall_effectiveness
FROM removed_inspection
WHERE run_id = :runId
ORDER BY old_la_code, key_date
