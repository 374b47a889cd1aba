-- One held row, through the key (inspection.JudgementKey; its problems were rejected by inspection-held-reject.sql):
-- a pass over the run's rows to find the held few cost a second at a million rows.
DELETE FROM loaded_judgement WHERE row_key = ? AND held = TRUE
