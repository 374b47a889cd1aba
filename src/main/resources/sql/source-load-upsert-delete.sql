DELETE FROM source_load WHERE run_id = :runId AND source_kind = :kind
