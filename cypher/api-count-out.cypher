// How many outgoing __TYPE__ relationships each parent has (a connection's totalCount).
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
RETURN uid, COUNT { (n)-[:__TYPE__]->() } AS count
