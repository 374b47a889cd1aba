-- One held row, through the key (its problems were rejected by inspection-held-reject.sql): a pass over the run's
-- rows to find the held few cost a second at a million rows. row_key is run_id * 2^44 + source_order * 2^32 +
-- line_number (schema.sql).
DELETE FROM loaded_judgement WHERE row_key = ? * 17592186044416 + ? * 4294967296 + ? AND held = TRUE
