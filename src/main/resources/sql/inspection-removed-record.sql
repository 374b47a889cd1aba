-- Rows an earlier version of the same file carried and this version does not.
INSERT INTO removed_inspection (run_id, source_file, old_la_code, framework, key_date, effective_date,
                                overall_effectiveness, loaded_by_run)
SELECT :runId, source_file, old_la_code, framework, key_date, effective_date, overall_effectiveness, run_id
FROM inspection
WHERE run_id <> :runId AND source_file = :sourceFile
