INSERT INTO visit (run_id, source_file, line_number, old_la_code, new_la_code, visit_type, visit_date,
                   publication_date, key_date, financial_year, theme)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
