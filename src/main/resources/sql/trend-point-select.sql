SELECT as_at, published_by
FROM trend_point
WHERE run_id = :runId
ORDER BY as_at
