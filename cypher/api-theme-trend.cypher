// Proposals about each theme per period of the meeting date ($len 4 = year, 7 = month, 10 = day).
UNWIND $uids AS uid
MATCH (t:Fact {uid: uid})<-[:ABOUT]-(p:Proposal)
WITH uid, substring(coalesce(p.date, 'undated'), 0, toInteger($len)) AS period, count(*) AS count
ORDER BY period
RETURN uid, collect({period: period, count: count}) AS points
