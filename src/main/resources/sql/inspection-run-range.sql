-- Whether the store holds rows of any other run: both ends come from the key's ends (row_key is run_id * 2^44 +
-- source_order * 2^32 + line_number, schema.sql).
SELECT MIN(row_key) / 17592186044416 AS first_run, MAX(row_key) / 17592186044416 AS last_run FROM loaded_judgement
