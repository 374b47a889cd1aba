DELETE FROM judgement j
WHERE j.run_id = :runId
  AND EXISTS (SELECT 1 FROM source_overlap o
              WHERE o.run_id = j.run_id AND o.source_order = j.source_order AND o.line_number = j.line_number)
