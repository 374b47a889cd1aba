-- Every inadequate overall effectiveness judgement published on or before the reporting date, with
-- the authority's judgement before it (to tell where a run of inadequate judgements starts) and the
-- next one (what followed, and when), ordered as latest-judgement-insert.sql orders judgements.
SELECT j.old_la_code, j.framework, j.effective_date, j.previous_grade, j.next_grade, j.next_date
FROM (SELECT i.old_la_code, i.framework, i.effective_date, i.overall_effectiveness,
             LAG(i.overall_effectiveness) OVER w AS previous_grade,
             LEAD(i.overall_effectiveness) OVER w AS next_grade,
             LEAD(i.effective_date) OVER w AS next_date,
             i.key_date, i.run_id, i.line_number
      FROM inspection i
      WHERE i.effective_date <= :asOf
      WINDOW w AS (PARTITION BY i.old_la_code
                   ORDER BY i.effective_date, i.key_date, i.run_id, i.line_number)) j
WHERE j.overall_effectiveness = 4
ORDER BY j.old_la_code, j.effective_date, j.key_date, j.run_id, j.line_number
