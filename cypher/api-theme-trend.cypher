// Proposals about each theme per period of the meeting date ($len 4 = year, 7 = month, 10 = day);
// undated proposals make one period of their own, 'undated', after the dated ones.
UNWIND $uids AS uid
MATCH (t:Fact {uid: uid})<-[:ABOUT]-(p:Proposal)
WITH uid, CASE WHEN p.date IS NULL THEN 'undated' ELSE substring(p.date, 0, toInteger($len)) END AS period, count(*) AS count
ORDER BY period = 'undated', period
RETURN uid, collect({period: period, count: count}) AS points
