DELETE FROM inspection
WHERE run_id = :runId
  AND line_number IN (SELECT line_number
                      FROM rejected_row
                      WHERE run_id = :runId AND source_kind = 'inspections' AND column_name = ''
                        AND reason LIKE 'the same authority, framework and inspection date as line %')
