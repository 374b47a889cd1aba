-- A restarted chunk rewrites its lines: the rows a killed run committed but did not record as read.
DELETE FROM visit WHERE run_id = ? AND line_number BETWEEN ? AND ?
