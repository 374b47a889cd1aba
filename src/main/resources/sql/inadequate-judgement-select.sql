SELECT old_la_code, framework, published, previous_grade, next_grade, next_published
FROM inadequate_judgement
WHERE run_id = :runId
ORDER BY judgement_order
