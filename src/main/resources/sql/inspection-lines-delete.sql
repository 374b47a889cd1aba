-- A restarted chunk rewrites its lines: the rows a killed run committed but did not record as read. The lines of
-- one file of one run are one range of the key (run_id * 2^44 + source_order * 2^32 + line_number, schema.sql).
DELETE FROM loaded_judgement WHERE row_key BETWEEN ? AND ?
