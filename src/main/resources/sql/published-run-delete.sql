DELETE FROM published_run WHERE run_id = :runId
