-- A reconciliation run again (a restart after a failure in it) starts from what the import stored.
DELETE FROM source_overlap WHERE run_id = :runId
