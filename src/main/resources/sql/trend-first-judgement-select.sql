-- The earliest date on which any judgement counted was carried out, among those carried out by the
-- reporting date and published by its cut-off: the trend starts at the first 31 March on or after it.
-- NULL when the store holds no such judgement.
SELECT MIN(i.key_date) AS first_date
FROM judgement i
WHERE i.key_date <= :asOf AND i.effective_date <= :publishedBy
