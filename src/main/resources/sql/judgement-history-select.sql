-- Every stored judgement published on or before the reporting date, authority by authority in the
-- order latest-judgement-insert.sql ranks them (oldest first), read as a stream: the trend and the
-- improvement journeys walk each authority's history once, in constant memory, however large the store.
SELECT old_la_code, framework, effective_date, overall_effectiveness
FROM inspection
WHERE effective_date <= :asOf
ORDER BY old_la_code, effective_date, key_date, run_id, line_number
