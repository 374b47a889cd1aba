SELECT from_framework, from_grade, to_framework, to_grade, transitions
FROM judgement_transition
WHERE run_id = :runId
