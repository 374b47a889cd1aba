INSERT INTO region (region_code, region_name) VALUES (?, ?)
