DELETE FROM local_authority
