DELETE FROM loaded_judgement j
WHERE j.row_key BETWEEN :runId * 17592186044416 AND :runId * 17592186044416 + 17592186044415
  AND EXISTS (SELECT 1 FROM source_overlap o
              WHERE o.run_id = j.run_id AND o.source_order = j.source_order AND o.line_number = j.line_number)
