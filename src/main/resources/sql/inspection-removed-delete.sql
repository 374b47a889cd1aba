DELETE FROM inspection WHERE run_id <> :runId AND source_file = :sourceFile
