INSERT INTO source_file_load (run_id, source_kind, source_order, file_name, file_path, sha256, charset, file_bytes,
                              rows_read, rows_loaded, rows_rejected, rows_with_warnings, rows_from_other_source,
                              loaded_at)
VALUES (:runId, :kind, :sourceOrder, :fileName, :filePath, :sha256, :charset, :fileBytes, :rowsRead, :rowsLoaded,
        :rowsRejected, :rowsWithWarnings, :rowsFromOtherSource, :loadedAt)
