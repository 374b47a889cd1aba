-- Every stored spend row, with the latest overall judgement of its authority in the run's snapshot
-- (none when the authority had none as at the reporting date, or was not matched; none either, with the
-- latest inspection's date, when that inspection gave no overall judgement under the 2026 arrangements).
SELECT s.source_file, s.line_number, s.given_old_la_code, s.given_new_la_code, s.given_la_name,
       s.old_la_code, s.new_la_code, s.unmatched_reason, s.unmatched_detail, s.financial_year,
       s.budget_gbp, s.outturn_gbp, s.overspend_gbp, j.overall_effectiveness, j.effective_date
FROM spend s
LEFT JOIN latest_judgement j ON j.run_id = :runId AND j.old_la_code = s.old_la_code
