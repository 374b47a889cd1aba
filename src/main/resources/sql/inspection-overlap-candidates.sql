-- The identity of every row of the run, authority by authority (through the as-at index), for
-- inspection.SameInspection to find the rows that another of the run's files also carries.
SELECT source_order, line_number, old_la_code, framework, key_date, publication_date, held
FROM judgement
WHERE run_id = :runId
ORDER BY old_la_code, key_date
