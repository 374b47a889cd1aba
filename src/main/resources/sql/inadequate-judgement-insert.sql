INSERT INTO inadequate_judgement (run_id, judgement_order, old_la_code, framework, published, previous_grade,
                                  next_grade, next_published)
VALUES (:runId, :judgementOrder, :oldCode, :framework, :published, :previousGrade, :nextGrade, :nextPublished)
