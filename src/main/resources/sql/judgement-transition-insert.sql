INSERT INTO judgement_transition (run_id, from_framework, from_grade, to_framework, to_grade, transitions)
VALUES (:runId, :fromFramework, :fromGrade, :toFramework, :toGrade, :transitions)
