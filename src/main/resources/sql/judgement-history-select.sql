-- Every stored judgement carried out on or before the reporting date and published by the cut-off,
-- authority by authority: one ordered pass, read as a stream. Ordered by the first columns of
-- loaded_judgement_by_authority only, so the database walks that index instead of sorting the store (an
-- order of other columns made it sort every row); statistics.JudgementHistory puts the rows of one
-- authority in date order, and those of one date in the order latest-judgement-insert.sql ranks
-- them, with the last three columns. Every column read is in that index, so no row is looked up.
SELECT old_la_code, framework, key_date, effective_date, overall_effectiveness, impact_of_leaders,
       help_and_protection, children_in_care, care_leavers, looked_after, adoption, leadership,
       source_order, run_id, line_number
FROM loaded_judgement
WHERE key_date <= :asOf AND effective_date <= :publishedBy
ORDER BY old_la_code, framework, key_date
