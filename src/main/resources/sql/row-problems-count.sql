-- How many lines the data-quality table has in all, of which row-problems-select.sql reads the first.
SELECT (SELECT COUNT(*) FROM rejected_row WHERE run_id = :runId)
       + (SELECT COUNT(*) FROM row_warning WHERE run_id = :runId)
       + (SELECT COUNT(*) FROM source_disagreement WHERE run_id = :runId) AS problems
