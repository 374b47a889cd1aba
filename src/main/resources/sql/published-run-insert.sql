INSERT INTO published_run (run_id, job_execution_id, as_of, published_at)
VALUES (:runId, :jobExecutionId, :asOf, :publishedAt)
