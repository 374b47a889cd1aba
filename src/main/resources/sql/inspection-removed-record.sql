-- Rows an earlier version of one of the run's files carried and this version does not.
INSERT INTO removed_inspection (run_id, source_file, old_la_code, framework, key_date, effective_date,
                                overall_effectiveness, loaded_by_run)
SELECT :runId, source_file, old_la_code, framework, key_date, effective_date, overall_effectiveness, run_id
FROM loaded_judgement
WHERE run_id <> :runId AND source_file IN (:sourceFiles)
