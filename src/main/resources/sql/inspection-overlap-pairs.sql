-- Each row taken from another file beside the row counted, to list where the two disagree.
SELECT r.source_file AS file_a, r.line_number AS line_a, k.source_file AS file_b, k.line_number AS line_b,
       r.start_date AS start_a, k.start_date AS start_b, r.publication_date AS published_a,
       k.publication_date AS published_b,
       r.overall_effectiveness AS overall_effectiveness_a, k.overall_effectiveness AS overall_effectiveness_b,
       r.impact_of_leaders AS impact_of_leaders_a, k.impact_of_leaders AS impact_of_leaders_b,
       r.help_and_protection AS help_and_protection_a, k.help_and_protection AS help_and_protection_b,
       r.children_in_care AS children_in_care_a, k.children_in_care AS children_in_care_b,
       r.care_leavers AS care_leavers_a, k.care_leavers AS care_leavers_b,
       r.looked_after AS looked_after_a, k.looked_after AS looked_after_b,
       r.adoption AS adoption_a, k.adoption AS adoption_b, r.leadership AS leadership_a, k.leadership AS leadership_b,
       r.held AS held_a
FROM source_overlap o
JOIN loaded_judgement r ON r.row_key = o.run_id * 17592186044416 + o.source_order * 4294967296 + o.line_number
JOIN loaded_judgement k
  ON k.row_key = o.run_id * 17592186044416 + o.kept_source_order * 4294967296 + o.kept_line_number
WHERE o.run_id = :runId
ORDER BY r.source_order, r.line_number
