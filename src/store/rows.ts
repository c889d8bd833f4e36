import { createHash } from 'node:crypto';
import type { DocumentGraph } from '../domain/documentGraph';
import { foldKey } from '../domain/fold';
import { firstReason, personKey, specificOrganisations } from '../domain/identity';

/** What search finds a meeting by: its name, topic and place, in one script. */
export function meetingSearchText(m: {
  name: string;
  topic?: string | null;
  location?: string | null;
}): string {
  return [m.name, m.topic, m.location]
    .filter((x): x is string => !!x)
    .map(foldKey)
    .join(' ');
}

/**
 * One relationship: its ends by uid, its own properties, and its evidence's offsets and quote
 * (the quote is sent once per batch, see batchFacts). Its document is the row's.
 */
export interface EdgeRow {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  start: number;
  end: number;
  quote: string;
}

/** Rows for the ingest statements of one document. Document-scoped ids are qualified by its hash. */
export interface DocumentRows {
  hash: string;
  persons: Record<string, unknown>[];
  organisations: Record<string, unknown>[];
  themes: Record<string, unknown>[];
  meetings: Record<string, unknown>[];
  proposals: Record<string, unknown>[];
  edgesByType: Map<string, EdgeRow[]>;
  /** A person's mention also carries what identity reads: its specific organisations, year. */
  mentions: {
    doc: string;
    uid: string;
    orgs?: string[];
    year?: number | null;
    reason?: string;
  }[];
  /** The folded names of the persons written: their identity is settled after the write. */
  names: string[];
}

/**
 * The relationships a document's write creates, all created and never merged: its facts'
 * edges (the store writes its own MENTIONS in place of the extractor's), a MENTIONS from the
 * document to each person, organisation and theme (see `mentions` below), and the meeting's
 * REPORTED_IN.
 */
export function relationshipsWritten(g: DocumentGraph): number {
  const facts = g.edges.reduce((n, e) => (e.type === 'MENTIONS' ? n : n + 1), 0);
  return facts + g.persons.length + g.organisations.length + g.themes.length + (g.meeting ? 1 : 0);
}

/**
 * The nodes and relationships a document's write creates or upserts: the document, its
 * meeting, people, organisations, themes and proposals (a person seen before is upserted, and
 * counts), and relationshipsWritten. What ingest's summary and its rates count.
 */
export function elementsWritten(g: DocumentGraph): number {
  const nodes =
    1 +
    (g.meeting ? 1 : 0) +
    g.persons.length +
    g.organisations.length +
    g.themes.length +
    g.proposals.length;
  return nodes + relationshipsWritten(g);
}

/**
 * Each proposal's uid. What makes two reports' proposals one proposal: the same dated meeting,
 * the same speaker and the same words (folded across scripts), and the same occurrence of them
 * in the report. The same wire story from a second outlet, with a line of its own added, is
 * another document, but its proposals are the first one's, and counting them twice doubled a
 * speaker's proposals. The uid is a hash of that, so the uniqueness rule every fact has finds
 * it (a second rule on proposals cost a tenth of ingest's speed before). Without a date a
 * meeting is the report's own, and so is the proposal.
 */
function proposalUids(g: DocumentGraph, meetingUid: string | null): Map<string, string> {
  const seen = new Map<string, number>();
  const uids = new Map<string, string>();
  for (const p of g.proposals) {
    if (!g.meeting?.date || !meetingUid) {
      uids.set(p.id, `proposal:${g.contentHash}:${p.id.slice(9)}`);
      continue;
    }
    const base = `${meetingUid}|${p.speakerKey}|${foldKey(p.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const digest = createHash('sha256').update(`${base}|${n}`).digest('hex').slice(0, 40);
    uids.set(p.id, `proposal:${digest}`);
  }
  return uids;
}

export function documentRows(g: DocumentGraph): DocumentRows {
  const hash = g.contentHash;
  const meetingUid = g.meeting ? (g.meeting.date ? g.meeting.id : `meeting:${hash}`) : null;
  const proposals = proposalUids(g, meetingUid);
  const people = personIdentities(g);
  const uid = (id: string): string => {
    if (id.startsWith('proposal:')) return proposals.get(id) ?? `proposal:${hash}:${id.slice(9)}`;
    if (id.startsWith('meeting:')) return meetingUid ?? id;
    return people.get(id)?.uid ?? id;
  };
  const edgesByType = new Map<string, EdgeRow[]>();
  for (const e of g.edges) {
    if (e.type === 'MENTIONS') continue;
    let list = edgesByType.get(e.type);
    if (!list) edgesByType.set(e.type, (list = []));
    list.push({
      type: e.type,
      from: uid(e.from),
      to: uid(e.to),
      props: e.properties,
      start: e.evidence.start,
      end: e.evidence.end,
      quote: e.evidence.text,
    });
  }
  return {
    hash,
    persons: g.persons.map((p) => ({
      uid: people.get(p.id)?.uid ?? p.id,
      key: people.get(p.id)?.key ?? p.key,
      nameKey: p.key,
      name: p.name,
      aliases: p.aliases,
      folded: [p.key, ...p.aliases.map(foldKey)].join(' '),
    })),
    organisations: g.organisations.map((o) => ({
      uid: o.id,
      key: o.key,
      name: o.name,
      aliases: o.aliases,
      source: o.source,
      folded: [o.key, ...o.aliases.map(foldKey)].join(' '),
    })),
    // Each report adds one to the count of every form it writes a theme in: the theme's name is
    // the form most reports write.
    themes: g.themes.map((t) => ({
      uid: t.id,
      key: t.key,
      name: t.name,
      kind: t.kind,
      parent: t.parent,
      forms: t.forms,
      folded: [...new Set([t.kind === 'area' ? t.name : t.key, ...t.forms.map(foldKey)])].join(' '),
    })),
    meetings: g.meeting
      ? [
          {
            uid: meetingUid,
            key: meetingUid,
            doc: hash,
            name: g.meeting.name,
            kind: g.meeting.kind,
            date: g.meeting.date,
            location: g.meeting.location,
            topic: g.meeting.topic,
            venues: g.meeting.venues,
            folded: meetingSearchText(g.meeting),
            start: g.meeting.evidence.start,
            end: g.meeting.evidence.end,
            quote: g.meeting.evidence.text,
          },
        ]
      : [],
    proposals: g.proposals.map((p) => ({
      uid: uid(p.id),
      doc: hash,
      text: p.text,
      folded: foldKey(p.text),
      start: p.start,
      end: p.end,
      speaker: p.speaker,
      speakerKind: p.speakerKind,
      kind: p.kind,
      date: g.meeting?.date ?? null,
    })),
    edgesByType,
    mentions: [
      ...g.persons.map((p) => ({
        doc: hash,
        uid: people.get(p.id)?.uid ?? p.id,
        orgs: people.get(p.id)?.orgs ?? [],
        year: yearOf(g),
        reason: people.get(p.id)?.reason,
      })),
      ...[...g.organisations.map((o) => o.id), ...g.themes.map((t) => t.id)].map((id) => ({
        doc: hash,
        uid: id,
      })),
    ],
    names: [...new Set(g.persons.map((p) => p.key))],
  };
}

function yearOf(g: DocumentGraph): number | null {
  const date = g.meeting?.date ?? g.published;
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Each person's first identity, from this report alone: the specific organisations it ties
 * them to, and the key those give (the name, and the first of them). The store then settles
 * identity over every report of the name (src/store/identity.ts): mostly this key stands.
 */
function personIdentities(
  g: DocumentGraph,
): Map<string, { key: string; uid: string; orgs: string[]; reason: string }> {
  const orgKey = new Map(
    g.organisations.flatMap((o) => [
      [o.id, o.key],
      [o.name, o.key],
      [o.key, o.key],
    ]),
  );
  const out = new Map<string, { key: string; uid: string; orgs: string[]; reason: string }>();
  for (const p of g.persons) {
    const orgs = specificOrganisations([
      ...p.titles.map((t) => t.organisationKey ?? ''),
      ...p.represents.map((r) => orgKey.get(r) ?? ''),
    ]);
    const key = personKey(p.key, orgs[0] ?? null);
    out.set(p.id, { key, uid: `person:${key}`, orgs, reason: firstReason(orgs) });
  }
  return out;
}
