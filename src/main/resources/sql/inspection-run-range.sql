-- Whether the store holds rows of any other run: both ends come from the primary key's first column.
SELECT MIN(run_id) AS first_run, MAX(run_id) AS last_run FROM judgement
