DELETE FROM held_problem WHERE run_id = :runId
