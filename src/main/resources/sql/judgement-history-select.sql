-- One authority's stored judgements published on or before the reporting date, in the order
-- latest-judgement-insert.sql ranks them (oldest first). Asked authority by authority through the
-- as-at index: one ordered scan of the whole store made the database sort every row it holds.
SELECT old_la_code, framework, effective_date, overall_effectiveness
FROM inspection
WHERE old_la_code = :code AND effective_date <= :asOf
ORDER BY effective_date, key_date, run_id, line_number
