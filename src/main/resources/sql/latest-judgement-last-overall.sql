-- Beside each latest judgement that gave no overall grade (the arrangements of April 2026), the
-- authority's last judgement by the same rule that did: shown, but no longer counted as current.
UPDATE latest_judgement l
SET last_overall = (SELECT j.overall_effectiveness FROM loaded_judgement j
                    WHERE j.old_la_code = l.old_la_code AND j.overall_effectiveness IS NOT NULL
                      AND j.key_date <= :asOf AND j.effective_date <= :publishedBy
                    ORDER BY j.key_date DESC, j.source_order, j.run_id DESC, j.line_number DESC
                    FETCH FIRST 1 ROWS ONLY),
    last_overall_inspected = (SELECT MAX(j.key_date) FROM loaded_judgement j
                              WHERE j.old_la_code = l.old_la_code AND j.overall_effectiveness IS NOT NULL
                                AND j.key_date <= :asOf AND j.effective_date <= :publishedBy)
WHERE l.run_id = :runId AND l.overall_effectiveness IS NULL
