-- The first :limit lines of the data-quality table, in its order. Each kind of problem is read along its
-- index (run, kind, file, line; the run is in ORDER BY so that H2 sees the index's order) and sorted only
-- within a line, up to its first :limit rows ("index sorted: 4 of 5 columns"), so only those few rows are
-- merged and sorted: the table shows the first lines of the workbook's longest list, and reading every
-- problem to show 2,000 sorted all of them on disk (one authority's 300,000 rows, 793,619 problems: 12 s).
-- The first :limit of the whole are all among these: fewer than :limit lines come before one of them, so
-- fewer than :limit of its own kind do.
SELECT outcome, source_kind, source_file, line_number, column_name, cell_value, reason
FROM ((SELECT 'Rejected' AS outcome, source_kind, source_file, line_number, column_name, cell_value, reason
       FROM rejected_row WHERE run_id = :runId
       ORDER BY run_id, source_kind, source_file, line_number, column_name FETCH FIRST :limit ROWS ONLY)
      UNION ALL
      (SELECT 'Loaded with a warning' AS outcome, source_kind, source_file, line_number, column_name, cell_value,
              reason
       FROM row_warning WHERE run_id = :runId
       ORDER BY run_id, source_kind, source_file, line_number, column_name FETCH FIRST :limit ROWS ONLY)
      UNION ALL
      (SELECT 'Taken from another file' AS outcome, source_kind, source_file, line_number, column_name, cell_value,
              reason
       FROM source_disagreement WHERE run_id = :runId
       ORDER BY run_id, source_kind, source_file, line_number, column_name FETCH FIRST :limit ROWS ONLY)) p
ORDER BY source_kind, source_file, line_number, outcome DESC, column_name
FETCH FIRST :limit ROWS ONLY
