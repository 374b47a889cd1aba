-- One stored row, through the primary key.
DELETE FROM judgement WHERE run_id = ? AND source_order = ? AND line_number = ?
