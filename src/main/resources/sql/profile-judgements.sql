-- Every stored judgement of one authority (old LA code), whatever its dates: an authority's profile lists its
-- whole history and says which inspections the report counts. In the order judgement-history-select.sql reads
-- them (oldest first).
SELECT source_file, source_order, line_number, framework, inspection_type, key_date, start_date, end_date,
       publication_date, effective_date, overall_effectiveness, impact_of_leaders, help_and_protection,
       children_in_care, care_leavers, looked_after, adoption, leadership
FROM loaded_judgement
WHERE old_la_code = :code
ORDER BY key_date, source_order DESC, run_id, line_number
