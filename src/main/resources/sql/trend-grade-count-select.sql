-- One point of the trend: each authority's latest judgement published on or before :asOf (ranked
-- exactly as latest-judgement-insert.sql ranks them, so the point at the reporting date equals the
-- headline tables), counted by region, overall effectiveness grade and framework. Only authorities
-- in the register on :asOf count; the register holds one row per old LA code on any date (a change
-- of ONS code ends one row the day before the next begins), so the join cannot count an authority twice.
SELECT a.region_code, r.framework, r.overall_effectiveness, COUNT(*) AS authorities
FROM (SELECT i.old_la_code, i.framework, i.overall_effectiveness,
             ROW_NUMBER() OVER (PARTITION BY i.old_la_code
                                ORDER BY i.effective_date DESC, i.key_date DESC, i.run_id DESC, i.line_number DESC) AS rn
      FROM inspection i
      WHERE i.effective_date <= :asOf) r
JOIN local_authority a
  ON a.old_la_code = r.old_la_code
 AND a.operation_date <= :asOf
 AND (a.termination_date IS NULL OR a.termination_date >= :asOf)
WHERE r.rn = 1
GROUP BY a.region_code, r.framework, r.overall_effectiveness
ORDER BY a.region_code, r.framework, r.overall_effectiveness
