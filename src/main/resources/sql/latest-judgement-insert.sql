-- Each authority's latest judgement by Ofsted's rule: its latest inspection carried out on or
-- before the reporting date (:asOf) whose report was published on or before the cut-off
-- (:publishedBy), for the authorities that existed on the reporting date (an abolished
-- authority's judgements do not count). The latest date per authority and framework comes from one
-- aggregate grouped in the order of loaded_judgement_by_authority, which holds every column it reads, so it
-- reads no row; each group's rows are then found through that index by all three of its first columns
-- (by the authority alone, a join read thousands of index entries an authority); of the few rows on
-- those dates, the latest is ranked first with a window function (a tie is broken by the order of the
-- run's files, then the newest load). The rows on an authority's latest date are all there: that date
-- is the latest of each framework that has one on it.
-- The last judgement that gave an overall grade is set beside it afterwards
-- (latest-judgement-last-overall.sql).
INSERT INTO latest_judgement (run_id, old_la_code, new_la_code, framework, inspection_type, start_date, end_date,
                              publication_date, effective_date, overall_effectiveness, impact_of_leaders,
                              help_and_protection, children_in_care, care_leavers, looked_after, adoption,
                              leadership, source_file, line_number)
SELECT :runId, r.old_la_code, r.new_la_code, r.framework, r.inspection_type, r.start_date, r.end_date,
       r.publication_date, r.effective_date, r.overall_effectiveness, r.impact_of_leaders,
       r.help_and_protection, r.children_in_care, r.care_leavers, r.looked_after, r.adoption,
       r.leadership, r.source_file, r.line_number
FROM (SELECT i.*,
             ROW_NUMBER() OVER (PARTITION BY i.old_la_code
                                ORDER BY i.key_date DESC, i.source_order, i.run_id DESC, i.line_number DESC) AS rn
      FROM loaded_judgement i
      JOIN (SELECT old_la_code, framework, MAX(key_date) AS latest
            FROM loaded_judgement
            WHERE key_date <= :asOf AND effective_date <= :publishedBy
            GROUP BY old_la_code, framework) m
        ON m.old_la_code = i.old_la_code AND m.framework = i.framework AND m.latest = i.key_date
      WHERE i.effective_date <= :publishedBy
        AND i.old_la_code IN (SELECT a.old_la_code
                              FROM local_authority a
                              WHERE a.operation_date <= :asOf
                                AND (a.termination_date IS NULL OR a.termination_date >= :asOf))) r
WHERE r.rn = 1
