DELETE FROM source_disagreement WHERE run_id = :runId AND source_kind = 'inspections'
