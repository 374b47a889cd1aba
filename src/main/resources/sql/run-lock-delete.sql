DELETE FROM run_lock WHERE lock_name = :lockName AND owner_token = :token
