DELETE FROM latest_judgement WHERE run_id = :runId
