import { createHash } from 'node:crypto';
import { resolveName, type AnalystDecision, type NameMention } from '../domain/identity';
import { KgError } from '../domain/errors';
import type { Store, Tx } from './store';

export interface Link {
  a: string;
  b: string;
  score: number;
  reason: string;
}

interface GroupRow {
  name: string;
  people: {
    uid: string;
    key: string;
    mentions: { doc: string; orgs: string[]; year: number | null; reason: string | null }[];
    links: Link[];
  }[];
  decisions: AnalystDecision[];
}

const pairKey = (l: { a: string; b: string }): string => `${l.a}|${l.b}`;

/**
 * What to write of a name's possible matches: the pairs no longer decided, and the pairs new
 * or with a new score or reason. A common name gathers a pair for every two people of it, so
 * rewriting them all whenever one report of the name arrives cost more than the rest of settling.
 */
export function linkChanges(
  had: readonly Link[],
  want: readonly Link[],
): { gone: { a: string; b: string }[]; changed: Link[] } {
  const before = new Map(had.map((l) => [pairKey(l), l]));
  const now = new Set(want.map(pairKey));
  return {
    gone: had.filter((l) => !now.has(pairKey(l))).map(({ a, b }) => ({ a, b })),
    changed: want.filter((l) => {
      const b = before.get(pairKey(l));
      return !b || b.score !== l.score || b.reason !== l.reason;
    }),
  };
}

/**
 * Settles who is who for the people of these names (src/domain/identity.ts), inside the
 * write transaction that wrote their reports: reads every report of each name (an index seek
 * on the name), decides the people from all of them at once, and moves each report whose
 * person changed (a later report joined two, or a second person of the name appeared). The
 * same reports give the same people whatever order they came in, and a per-name lock makes
 * concurrent writers of one name take turns. Only what changed is written: for a name seen
 * once before with the same organisation, that is the new report's reason alone.
 */
export async function settleIdentities(tx: Tx, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const sorted = [...new Set(names)].sort();
  const groups = (await tx.run<GroupRow>('identity-group', { names: sorted })).records.map((r) =>
    r.toObject(),
  );
  const moves: { doc: string; from: string; toKey: string; toUid: string }[] = [];
  const reasons: { doc: string; key: string; reason: string }[] = [];
  const links: Link[] = [];
  const unlink: { a: string; b: string }[] = [];
  // People no report mentions: left by a move, or by a deleted report (a possible match keeps
  // them joined to someone, so the deletion's own clean-up leaves them).
  const orphans = new Set<string>();
  for (const g of groups) {
    for (const p of g.people) if (p.mentions.length === 0) orphans.add(p.uid);
    const current = new Map<string, { uid: string; key: string; reason: string | null }>();
    const mentions: NameMention[] = [];
    for (const p of g.people)
      for (const m of p.mentions) {
        current.set(m.doc, { uid: p.uid, key: p.key, reason: m.reason });
        mentions.push({ doc: m.doc, orgs: m.orgs, year: m.year === null ? null : Number(m.year) });
      }
    const decided = resolveName(g.name, mentions, g.decisions);
    for (const c of decided.clusters)
      for (const doc of c.docs) {
        const now = current.get(doc);
        if (now && now.key !== c.key)
          moves.push({ doc, from: now.uid, toKey: c.key, toUid: `person:${c.key}` });
        if (!now || now.key !== c.key || now.reason !== c.reason)
          reasons.push({ doc, key: c.key, reason: c.reason });
      }
    const { gone, changed } = linkChanges(
      g.people.flatMap((p) => p.links),
      decided.links,
    );
    unlink.push(...gone);
    links.push(...changed);
  }
  if (moves.length) await tx.run('identity-move', { moves });
  for (const m of moves) orphans.add(m.from);
  if (orphans.size || reasons.length || unlink.length || links.length)
    await tx.run('identity-settle', {
      orphans: [...orphans],
      reasons,
      unlink,
      links,
    });
}

export interface DecisionRecord {
  id: string;
  name: string;
  kind: AnalystDecision['kind'];
  docs: string[];
  reason: string;
  by: string;
  at: string;
}

async function personDocs(tx: Tx, uid: string): Promise<{ name: string; docs: string[] }> {
  const row = (
    await tx.run<{ name: string | null; docs: string[] }>('identity-person-docs', { uid })
  ).records[0];
  const name = row?.get('name');
  if (!row || !name) throw new KgError('NOT_FOUND', `no person with id ${uid}`);
  return { name, docs: row.get('docs') };
}

/**
 * An analyst's decision, recorded with who and why and applied at once: `same` makes two
 * people of one name one, `apart` makes some of a person's reports a person of their own.
 * Every later ingest of the name applies it too (settleIdentities reads the decisions).
 */
export async function recordDecision(
  store: Store,
  o:
    | { kind: 'same'; people: [string, string]; reason: string; by: string }
    | { kind: 'apart'; person: string; docs: string[]; reason: string; by: string },
): Promise<DecisionRecord> {
  return store.write('identity-decide', async (tx) => {
    let name: string;
    let docs: string[];
    if (o.kind === 'same') {
      const [a, b] = await Promise.all(o.people.map((uid) => personDocs(tx, uid)));
      if (!a || !b) throw new KgError('NOT_FOUND', 'no such person');
      if (a.name !== b.name)
        throw new KgError('BAD_USER_INPUT', 'only people of one name can be made one person');
      name = a.name;
      docs = [...new Set([...a.docs, ...b.docs])].sort();
    } else {
      const p = await personDocs(tx, o.person);
      const unknown = o.docs.filter((d) => !p.docs.includes(d));
      if (unknown.length)
        throw new KgError('BAD_USER_INPUT', 'every document must be one that mentions the person');
      if (o.docs.length === 0 || o.docs.length === p.docs.length)
        throw new KgError(
          'BAD_USER_INPUT',
          'split off some of the person’s reports, not none or all',
        );
      name = p.name;
      docs = [...new Set(o.docs)].sort();
    }
    // Ids sort by time, so decisions apply in the order they were made.
    const id = `d${Date.now().toString(36).padStart(9, '0')}${createHash('sha256')
      .update(`${o.kind}|${name}|${docs.join(',')}|${o.reason}|${o.by}`)
      .digest('hex')
      .slice(0, 8)}`;
    const r = await tx.run<{ at: string }>('identity-decide', {
      id,
      name,
      kind: o.kind,
      docs,
      reason: o.reason,
      by: o.by,
    });
    await settleIdentities(tx, [name]);
    await tx.run('graph-touch');
    return {
      id,
      name,
      kind: o.kind,
      docs,
      reason: o.reason,
      by: o.by,
      at: r.records[0]?.get('at') ?? '',
    };
  });
}

/** Takes a decision back (kept, marked undone) and settles the name again. */
export async function undoDecision(store: Store, id: string, by: string): Promise<DecisionRecord> {
  return store.write('identity-undo', async (tx) => {
    const row = (await tx.run<Omit<DecisionRecord, 'id'>>('identity-undo', { id, by })).records[0];
    if (!row) throw new KgError('NOT_FOUND', `no decision ${id} in force`);
    const d = { id, ...row.toObject() };
    await settleIdentities(tx, [d.name]);
    await tx.run('graph-touch');
    return d;
  });
}
