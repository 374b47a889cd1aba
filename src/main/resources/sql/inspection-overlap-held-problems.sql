-- What a held row could not read, for the line that lists where it and the row counted differ.
SELECT h.source_order, h.line_number, h.column_name, h.cell_value, h.reason
FROM held_problem h
JOIN source_overlap o ON o.run_id = h.run_id AND o.source_order = h.source_order AND o.line_number = h.line_number
WHERE h.run_id = :runId
