import { resolveName, type NameMention } from '../domain/identity';
import type { Tx } from './store';

interface GroupRow {
  name: string;
  uid: string;
  key: string;
  mentions: { doc: string; orgs: string[]; year: number | null }[];
}

/**
 * Settles who is who for the people of these names (src/domain/identity.ts), inside the
 * write transaction that wrote their reports: reads every report of each name (an index seek
 * on the name), decides the people from all of them at once, and moves each report whose
 * person changed (a later report joined two, or a second person of the name appeared). The
 * same reports give the same people whatever order they came in, and a per-name lock makes
 * concurrent writers of one name take turns.
 */
export async function settleIdentities(tx: Tx, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const sorted = [...new Set(names)].sort();
  await tx.run('identity-lock', { names: sorted });
  const rows = (await tx.run<GroupRow>('identity-group', { names: sorted })).records.map((r) =>
    r.toObject(),
  );
  const byName = new Map<string, GroupRow[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const moves: { doc: string; from: string; toKey: string; toUid: string }[] = [];
  const reasons: { doc: string; key: string; reason: string }[] = [];
  const links: { a: string; b: string; score: number; reason: string }[] = [];
  for (const [name, people] of byName) {
    const current = new Map<string, GroupRow>();
    const mentions: NameMention[] = [];
    for (const p of people)
      for (const m of p.mentions) {
        current.set(m.doc, p);
        mentions.push({ doc: m.doc, orgs: m.orgs, year: m.year === null ? null : Number(m.year) });
      }
    const decided = resolveName(name, mentions);
    for (const c of decided.clusters)
      for (const doc of c.docs) {
        reasons.push({ doc, key: c.key, reason: c.reason });
        const now = current.get(doc);
        if (now && now.key !== c.key)
          moves.push({ doc, from: now.uid, toKey: c.key, toUid: `person:${c.key}` });
      }
    links.push(...decided.links);
  }
  if (moves.length) await tx.run('identity-move', { moves });
  await tx.run('identity-settle', { names: sorted, reasons, links });
}
