SELECT owner_token, host, pid, started_at, heartbeat_at FROM run_lock WHERE lock_name = :lockName
