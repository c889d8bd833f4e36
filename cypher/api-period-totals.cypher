// How many proposals each period holds ($len 4 = year, 7 = month, 10 = day; 'undated' for
// proposals of meetings without a date): the denominators of a trend's shares.
MATCH (p:Proposal)
WITH CASE WHEN p.date IS NULL THEN 'undated' ELSE substring(p.date, 0, toInteger($len)) END AS period
RETURN period, count(*) AS total
