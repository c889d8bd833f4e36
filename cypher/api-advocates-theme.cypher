// People who proposed on themes whose folded name contains $theme, most proposals first.
MATCH (t:Theme) WHERE t.key CONTAINS $theme
MATCH (t)<-[:ABOUT]-(pr:Proposal)<-[:PROPOSES]-(p:Person)
WITH DISTINCT p, pr ORDER BY pr.date DESC, pr.uid
WITH p, collect(pr) AS prs
ORDER BY size(prs) DESC, p.name
LIMIT toInteger($first)
RETURN p {.*, label: 'Person'} AS person, size(prs) AS count,
  [x IN prs[..toInteger($perPerson)] | x {.*, label: 'Proposal'}] AS proposals
