DELETE FROM held_problem WHERE run_id = ? AND source_order = ? AND line_number BETWEEN ? AND ?
