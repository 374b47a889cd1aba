-- The identity of every row of the run, authority by authority (the run is one range of the key, schema.sql),
-- for inspection.SameInspection to find the rows that another of the run's files also carries.
SELECT source_order, line_number, old_la_code, framework, key_date, publication_date, held
FROM loaded_judgement
WHERE row_key BETWEEN :runId * 17592186044416 AND :runId * 17592186044416 + 17592186044415
ORDER BY old_la_code, key_date
