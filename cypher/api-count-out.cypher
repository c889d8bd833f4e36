// How many outgoing __TYPE__ relationships each parent has (a connection's totalCount).
// Rows are `uid, items, count`, as in every per-node list: the loaders join a request's lists
// into one statement (unionOf in src/store/cypher.ts).
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
RETURN uid, null AS items, COUNT { (n)-[:__TYPE__]->() } AS count
