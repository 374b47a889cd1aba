-- One stored row (run, file, line), through the key: row_key is run_id * 2^44 + source_order * 2^32 + line_number
-- (schema.sql).
DELETE FROM loaded_judgement WHERE row_key = ? * 17592186044416 + ? * 4294967296 + ?
