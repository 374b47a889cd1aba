INSERT INTO loaded_judgement (row_key, run_id, source_order, source_file, line_number, old_la_code, new_la_code,
                              framework, inspection_type, key_date, start_date, end_date, publication_date,
                              effective_date, overall_effectiveness, impact_of_leaders, help_and_protection,
                              children_in_care, care_leavers, looked_after, adoption, leadership, held)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
