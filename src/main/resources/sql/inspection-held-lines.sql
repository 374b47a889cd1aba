-- The lines of the run's held rows, in the order of the judgement table's key. Every held row has at least one
-- problem in held_problem (written with it, in its chunk's transaction), so the small table names the rows of the
-- large one; a held row another file stood in for, or a held duplicate, is already gone from judgement.
SELECT DISTINCT source_order, line_number
FROM held_problem
WHERE run_id = :runId
ORDER BY source_order, line_number
