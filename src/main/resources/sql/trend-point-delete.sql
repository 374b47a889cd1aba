DELETE FROM trend_point WHERE run_id = :runId
