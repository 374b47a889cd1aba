DELETE FROM judgement WHERE run_id = :runId AND held = TRUE
