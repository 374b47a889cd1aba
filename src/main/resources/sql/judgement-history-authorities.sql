-- Every authority (old LA code) with a stored judgement. No condition, so that the embedded
-- database can answer it by skipping along the identity index instead of reading every row.
SELECT DISTINCT old_la_code
FROM judgement
ORDER BY old_la_code
