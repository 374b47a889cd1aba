DELETE FROM row_warning WHERE run_id = ? AND source_kind = ? AND line_number BETWEEN ? AND ?
