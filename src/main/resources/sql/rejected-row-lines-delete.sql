DELETE FROM rejected_row WHERE run_id = ? AND source_kind = ? AND source_file = ? AND line_number BETWEEN ? AND ?
