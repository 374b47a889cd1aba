-- The report counts the visits of its own run's file: what earlier runs loaded is dropped.
DELETE FROM visit WHERE run_id <> :runId
