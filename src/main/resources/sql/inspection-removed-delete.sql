DELETE FROM loaded_judgement WHERE run_id <> :runId AND source_file IN (:sourceFiles)
