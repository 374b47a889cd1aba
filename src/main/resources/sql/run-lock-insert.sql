INSERT INTO run_lock (lock_name, owner_token, host, pid, started_at, heartbeat_at)
VALUES (:lockName, :token, :host, :pid, :now, :now)
