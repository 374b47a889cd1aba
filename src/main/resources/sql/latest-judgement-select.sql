SELECT old_la_code, new_la_code, framework, inspection_type, start_date, end_date, publication_date,
       effective_date, overall_effectiveness, impact_of_leaders, help_and_protection, children_in_care,
       care_leavers, looked_after, adoption, leadership, last_overall, last_overall_inspected
FROM latest_judgement
WHERE run_id = :runId
