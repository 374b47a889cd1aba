UPDATE run_lock SET heartbeat_at = :now WHERE lock_name = :lockName AND owner_token = :token
