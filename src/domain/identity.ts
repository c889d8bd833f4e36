/**
 * Who is who among the people of one name (issue 23), decided from what the reports say of
 * them, the same way whatever order the reports came in.
 *
 * Evidence: the specific organisations a report ties the name to (posts held, former posts,
 * bodies spoken for). Broad bodies (全国政协, a provincial 政协, the 人大) tell nobody apart:
 * most people in these reports belong to one.
 *
 * The decision, for all the mentions of one name at once:
 * - reports that share a specific organisation are one person, and a report that names two
 *   (a current and a former post) joins the people of both: connected components over
 *   organisations;
 * - two components are two people (different specific organisations), linked as possibly the
 *   same, more likely when their reports are of different years (someone who moved) than of
 *   the same years (two people at once);
 * - a report naming no specific organisation joins the one person of that name when there is
 *   exactly one; when there is none it is a person of its own; when there are several it is
 *   kept apart (one person for all such reports of the name) and linked to each.
 * Being a function of the set of mentions, it gives the same people for any order of ingest.
 */

const BROAD_BODY =
  /(政协|政治协商会议|人大|人民代表大会|人大常委会|人民代表大会常务委员会)(全国委员会|委员会|常委会)?$/;
const BROAD_NAMES = new Set(['中共中央', '国务院', '中央人民政府', '全国人大', '全国政协']);

/** A body so large that belonging to it tells two people of one name nothing. */
export function isBroadBody(orgKey: string): boolean {
  return BROAD_NAMES.has(orgKey) || BROAD_BODY.test(orgKey);
}

/** The specific organisations among a mention's, sorted and distinct. */
export function specificOrganisations(keys: Iterable<string>): string[] {
  return [...new Set([...keys].filter((k) => k.length > 0 && !isBroadBody(k)))].sort();
}

/** A person's key: the folded name, and the first specific organisation that anchors them. */
export function personKey(nameKey: string, anchor: string | null): string {
  return anchor ? `${nameKey}|${anchor}` : nameKey;
}

export interface NameMention {
  /** The report (its content hash). */
  doc: string;
  /** Its specific organisations (specificOrganisations). */
  orgs: readonly string[];
  /** Its meeting's or publication's year, when known. */
  year: number | null;
}

/**
 * An analyst's decision on the people of a name, by reports (content hashes, which do not
 * change with the graph's decisions): `same` makes the people of these reports one person,
 * `apart` makes these reports a person of their own.
 */
export interface AnalystDecision {
  id: string;
  kind: 'same' | 'apart';
  docs: readonly string[];
  reason: string;
}

export interface NameCluster {
  /** The person's key (personKey). */
  key: string;
  /** The reports that are this person's. */
  docs: string[];
  orgs: string[];
  /** Why these reports are this person's, as stored on each report's MENTIONS. */
  reason: string;
}

export interface PossibleMatch {
  /** Person keys, a < b. */
  a: string;
  b: string;
  score: number;
  reason: string;
}

function components(mentions: readonly NameMention[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const m of mentions) for (const o of m.orgs) if (!parent.has(o)) parent.set(o, o);
  for (const m of mentions)
    for (const o of m.orgs.slice(1)) {
      const [a, b] = [find(m.orgs[0] ?? o), find(o)].sort();
      if (a && b && a !== b) parent.set(b, a);
    }
  const groups = new Map<string, string[]>();
  for (const o of parent.keys()) groups.set(find(o), [...(groups.get(find(o)) ?? []), o]);
  return [...groups.values()]
    .map((g) => g.sort())
    .sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}

function years(docs: readonly string[], byDoc: Map<string, NameMention>): Set<number> {
  return new Set(
    docs.map((d) => byDoc.get(d)?.year).filter((y): y is number => typeof y === 'number'),
  );
}

/**
 * The people of one name, and the pairs of them that may be one: see the module's comment.
 * Analysts' decisions come first: each `apart` takes its reports out as a person of their own
 * (in decision order); each `same` then joins the people its reports are in.
 */
export function resolveName(
  nameKey: string,
  mentions: readonly NameMention[],
  decisions: readonly AnalystDecision[] = [],
): { clusters: NameCluster[]; links: PossibleMatch[] } {
  const taken = new Set<string>();
  const apart: NameCluster[] = [];
  for (const d of [...decisions]
    .filter((x) => x.kind === 'apart')
    .sort((a, b) => a.id.localeCompare(b.id))) {
    const docs = d.docs
      .filter((doc) => !taken.has(doc) && mentions.some((m) => m.doc === doc))
      .sort();
    if (!docs.length) continue;
    for (const doc of docs) taken.add(doc);
    apart.push({
      key: personKey(nameKey, `#${d.id}`),
      docs,
      orgs: specificOrganisations(
        mentions.filter((m) => docs.includes(m.doc)).flatMap((m) => m.orgs),
      ),
      reason: `kept apart by an analyst: ${d.reason}`,
    });
  }
  const rest = resolveByEvidence(
    nameKey,
    mentions.filter((m) => !taken.has(m.doc)),
  );
  const joined = joinDecided(rest.clusters, decisions);
  const keys = new Set(joined.map((c) => c.key));
  return {
    clusters: [...joined, ...apart],
    // A pair an analyst joined is no longer a pair; people kept apart by one are not offered.
    links: rest.links.filter((l) => keys.has(l.a) && keys.has(l.b)),
  };
}

/** Joins the people that `same` decisions name (by their reports), keeping the first key. */
function joinDecided(
  clusters: NameCluster[],
  decisions: readonly AnalystDecision[],
): NameCluster[] {
  let out = clusters;
  for (const d of [...decisions]
    .filter((x) => x.kind === 'same')
    .sort((a, b) => a.id.localeCompare(b.id))) {
    const hit = out.filter((c) => c.docs.some((doc) => d.docs.includes(doc)));
    if (hit.length < 2) continue;
    const [first] = [...hit].sort((a, b) => a.key.localeCompare(b.key));
    if (!first) continue;
    const merged: NameCluster = {
      key: first.key,
      docs: hit.flatMap((c) => c.docs).sort(),
      orgs: specificOrganisations(hit.flatMap((c) => c.orgs)),
      reason: `joined by an analyst: ${d.reason}`,
    };
    out = [...out.filter((c) => !hit.includes(c)), merged];
  }
  return out;
}

/**
 * The decision one report alone gives a person (written with its mention, so that settling
 * over the name's reports rewrites it only where they decide otherwise).
 */
export function firstReason(orgs: readonly string[]): string {
  return resolveByEvidence('', [{ doc: '', orgs, year: null }]).clusters[0]?.reason ?? '';
}

function resolveByEvidence(
  nameKey: string,
  mentions: readonly NameMention[],
): { clusters: NameCluster[]; links: PossibleMatch[] } {
  const byDoc = new Map(mentions.map((m) => [m.doc, m]));
  const anchored = [...byDoc.values()].filter((m) => m.orgs.length > 0);
  const bare = [...byDoc.values()]
    .filter((m) => m.orgs.length === 0)
    .map((m) => m.doc)
    .sort();
  const clusters: NameCluster[] = components(anchored).map((orgs) => ({
    key: personKey(nameKey, orgs[0] ?? null),
    orgs,
    docs: anchored
      .filter((m) => orgs.includes(m.orgs[0] ?? ''))
      .map((m) => m.doc)
      .sort(),
    reason: `shares a specific organisation (${orgs.join('、')})`,
  }));
  const only = clusters.length === 1 ? clusters[0] : undefined;
  if (only && bare.length) only.docs = [...only.docs, ...bare].sort();
  else if (bare.length)
    clusters.push({
      key: personKey(nameKey, null),
      orgs: [],
      docs: bare,
      reason:
        clusters.length === 0
          ? 'no specific organisation named, and no one of this name has one'
          : `no specific organisation named, and ${clusters.length} people of this name have one: kept apart`,
    });
  const links: PossibleMatch[] = [];
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++) {
      const x = clusters[i];
      const y = clusters[j];
      if (!x || !y) continue;
      const [a, b] = [x.key, y.key].sort() as [string, string];
      if (!x.orgs.length || !y.orgs.length) {
        links.push({
          a,
          b,
          score: 0.5,
          reason: 'same name; one is named with no specific organisation',
        });
        continue;
      }
      const yx = years(x.docs, byDoc);
      const yy = years(y.docs, byDoc);
      const together = [...yx].some((v) => yy.has(v));
      links.push(
        together
          ? {
              a,
              b,
              score: 0.1,
              reason: `same name, different organisations in the same years (${x.orgs[0]}; ${y.orgs[0]})`,
            }
          : {
              a,
              b,
              score: 0.4,
              reason: `same name, different organisations in different years (${x.orgs[0]}; ${y.orgs[0]}): perhaps one who moved`,
            },
      );
    }
  return { clusters, links };
}
