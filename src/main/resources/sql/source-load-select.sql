SELECT source_kind, file_name, file_path, sha256, charset, file_bytes, rows_read, rows_loaded, rows_rejected,
       rows_with_warnings, loaded_at
FROM source_load WHERE run_id = :runId ORDER BY source_kind
