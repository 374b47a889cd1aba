-- A row loaded again by a later run (same authority, framework and date) replaces the earlier copy.
DELETE FROM loaded_judgement o
WHERE o.run_id <> :runId
  AND EXISTS (SELECT 1 FROM loaded_judgement n
              WHERE n.old_la_code = o.old_la_code AND n.framework = o.framework AND n.key_date = o.key_date
                AND n.run_id = :runId)
