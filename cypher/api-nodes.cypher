// Fact nodes by uid, for the node loader. `label` names the GraphQL type.
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
RETURN uid, n {.*, label: head([l IN labels(n) WHERE l <> 'Fact'])} AS node
