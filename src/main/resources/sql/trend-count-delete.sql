DELETE FROM trend_count WHERE run_id = :runId
