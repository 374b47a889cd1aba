DELETE FROM inadequate_judgement WHERE run_id = :runId
