-- Consecutive overall effectiveness judgements of the same authority (old LA code), both published
-- on or before the reporting date, counted by the pair of frameworks and the pair of grades. The
-- order is the one latest-judgement-insert.sql uses, so "the next judgement" is the one that
-- replaced it as the authority's latest.
SELECT t.from_framework, t.from_grade, t.to_framework, t.to_grade, COUNT(*) AS transitions
FROM (SELECT i.framework AS from_framework,
             i.overall_effectiveness AS from_grade,
             LEAD(i.framework) OVER w AS to_framework,
             LEAD(i.overall_effectiveness) OVER w AS to_grade
      FROM inspection i
      WHERE i.effective_date <= :asOf
      WINDOW w AS (PARTITION BY i.old_la_code
                   ORDER BY i.effective_date, i.key_date, i.run_id, i.line_number)) t
WHERE t.to_grade IS NOT NULL
GROUP BY t.from_framework, t.from_grade, t.to_framework, t.to_grade
ORDER BY t.from_framework, t.from_grade, t.to_framework, t.to_grade
