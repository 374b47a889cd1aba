INSERT INTO spend (run_id, source_file, line_number, given_old_la_code, given_new_la_code, given_la_name,
                   old_la_code, new_la_code, unmatched_reason, unmatched_detail, financial_year,
                   budget_gbp, outturn_gbp, overspend_gbp)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
