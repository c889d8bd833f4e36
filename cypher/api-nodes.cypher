// `folded: null`: the full-text index's copy of a name or text is not sent (the API never shows it).
// Fact nodes by uid, for the node loader. `label` names the GraphQL type.
UNWIND $uids AS uid
MATCH (n:Fact {uid: uid})
RETURN uid, n {.*, folded: null, label: head([l IN labels(n) WHERE l <> 'Fact'])} AS node
