INSERT INTO local_authority (new_la_code, old_la_code, la_name, operation_date, termination_date, region_code)
VALUES (?, ?, ?, ?, ?, ?)
