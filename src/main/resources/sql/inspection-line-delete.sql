-- One stored row, through the key (inspection.JudgementKey).
DELETE FROM loaded_judgement WHERE row_key = ?
