DELETE FROM source_file_load WHERE run_id = :runId AND source_kind = :kind AND source_order = :sourceOrder
