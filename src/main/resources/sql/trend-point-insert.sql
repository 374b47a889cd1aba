INSERT INTO trend_point (run_id, as_at, published_by)
VALUES (:runId, :asAt, :publishedBy)
