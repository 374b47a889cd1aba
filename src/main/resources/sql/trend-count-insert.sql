INSERT INTO trend_count (run_id, as_at, region_code, era, judgement_area, grade, authorities)
VALUES (:runId, :asAt, :regionCode, :era, :area, :grade, :authorities)
