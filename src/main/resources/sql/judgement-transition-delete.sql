DELETE FROM judgement_transition WHERE run_id = :runId
