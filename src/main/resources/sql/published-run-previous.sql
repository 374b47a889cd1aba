-- The last run published before this one (by publication time: a restarted older run does not count as newer).
SELECT run_id, job_execution_id, as_of, published_at
FROM published_run
WHERE run_id <> :runId
ORDER BY published_at DESC, run_id DESC
FETCH FIRST 1 ROWS ONLY
