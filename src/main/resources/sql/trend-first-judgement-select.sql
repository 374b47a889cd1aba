-- The earliest date on which any judgement counted as published (publication date, else end or
-- start date), among those published on or before the reporting date: the trend starts at the
-- first 31 March on or after it. NULL when the store holds no such judgement.
SELECT MIN(i.effective_date) AS first_date
FROM inspection i
WHERE i.effective_date <= :asOf
