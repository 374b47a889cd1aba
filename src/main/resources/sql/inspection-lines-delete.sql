-- A restarted chunk rewrites its lines: the rows a killed run committed but did not record as read.
DELETE FROM judgement WHERE run_id = ? AND source_order = ? AND line_number BETWEEN ? AND ?
