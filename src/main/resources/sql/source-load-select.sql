SELECT source_kind, source_order, file_name, file_path, sha256, charset, file_bytes, rows_read, rows_loaded,
       rows_rejected, rows_with_warnings, rows_from_other_source, loaded_at
FROM source_file_load WHERE run_id = :runId ORDER BY source_kind, source_order
