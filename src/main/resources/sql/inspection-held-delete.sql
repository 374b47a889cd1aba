-- One held row, through the primary key (its problems were rejected by inspection-held-reject.sql): a pass over
-- the run's rows to find the held few cost a second at a million rows.
DELETE FROM judgement WHERE run_id = ? AND source_order = ? AND line_number = ? AND held = TRUE
