-- One authority's stored judgements carried out on or before the reporting date and published by
-- the cut-off, in the order latest-judgement-insert.sql ranks them (oldest first). Asked authority
-- by authority through the as-at index: one ordered scan of the whole store made the database sort
-- every row it holds.
SELECT old_la_code, framework, key_date, effective_date, overall_effectiveness, impact_of_leaders,
       help_and_protection, children_in_care, care_leavers, looked_after, adoption, leadership
FROM judgement
WHERE old_la_code = :code AND key_date <= :asOf AND effective_date <= :publishedBy
ORDER BY key_date, source_order DESC, run_id, line_number
