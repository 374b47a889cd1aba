SELECT as_at, region_code, era, judgement_area, grade, authorities
FROM trend_count
WHERE run_id = :runId
