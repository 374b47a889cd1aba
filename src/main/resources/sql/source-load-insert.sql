INSERT INTO source_load (run_id, source_kind, file_name, file_path, sha256, charset, file_bytes, rows_read,
                         rows_loaded, rows_rejected, rows_with_warnings, loaded_at)
VALUES (:runId, :kind, :fileName, :filePath, :sha256, :charset, :fileBytes, :rowsRead, :rowsLoaded,
        :rowsRejected, :rowsWithWarnings, :loadedAt)
