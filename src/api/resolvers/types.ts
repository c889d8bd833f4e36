import type { Resolvers } from '../generated/resolvers';
import { idOf } from '../ids';
import { connectionResolvers } from '../pagination';
import { endOf, evidence, firstOf, notFound, relatedConnection, relations } from './shared';

const PROPOSAL_KIND = {
  member_proposal: 'MEMBER_PROPOSAL',
  chair_directive: 'CHAIR_DIRECTIVE',
  official_remark: 'OFFICIAL_REMARK',
  collective: 'COLLECTIVE',
} as const;

const SPEAKER_KIND = {
  person: 'PERSON',
  organisation: 'ORGANISATION',
  collective: 'COLLECTIVE',
} as const;

const PERIOD = { YEAR: 4, MONTH: 7, DAY: 10 } as const;

/** Theme kinds as the graph stores them and as the API names them. */
export const THEME_KIND = { phrase: 'PHRASE', area: 'AREA' } as const;
export const KIND_OF = { PHRASE: 'phrase', AREA: 'area' } as const;
const AREA_SOURCE = { proposal: 'PROPOSAL', section: 'SECTION', meeting: 'MEETING' } as const;
const MAX_CONTEXT = 500;

/** Resolvers of the object types: everything nested goes through the request's loaders. */
export const typeResolvers: Resolvers = {
  Node: { __resolveType: (n) => n.label },
  Person: {
    id: idOf,
    posts: (p, a, ctx) => relations(ctx, p, { type: 'HOLDS_POST', dir: 'out', first: a.first }),
    represents: (p, a, ctx) =>
      relations(ctx, p, { type: 'REPRESENTS', dir: 'out', first: a.first }),
    proposals: (p, a, ctx) =>
      relatedConnection(ctx, p, { type: 'PROPOSES', dir: 'out', label: 'Proposal', ...a }),
    attended: (p, a, ctx) => relations(ctx, p, { type: 'ATTENDS', dir: 'out', first: a.first }),
    chaired: (p, a, ctx) => relations(ctx, p, { type: 'CHAIRS', dir: 'out', first: a.first }),
    themes: (p, a, ctx) => ctx.loaders.personThemes(p.uid, firstOf(a.first, 10)),
    // Stored once per pair, from the first person by key to the other: read both ways.
    possibleMatches: async (p, a, ctx) => {
      const first = firstOf(a.first, 10);
      const [out, inward] = await Promise.all([
        relations(ctx, p, { type: 'POSSIBLY_SAME_AS', dir: 'out', first }),
        relations(ctx, p, { type: 'POSSIBLY_SAME_AS', dir: 'in', first }),
      ]);
      return [...out.map((r) => ({ r, other: r.to })), ...inward.map((r) => ({ r, other: r.from }))]
        .flatMap(({ r, other }) => {
          const person = endOf(other, 'Person');
          return person
            ? [{ person, score: Number(r.props.score ?? 0), reason: String(r.props.reason ?? '') }]
            : [];
        })
        .sort((x, y) => y.score - x.score || x.person.uid.localeCompare(y.person.uid))
        .slice(0, first);
    },
    identity: (p, a, ctx) => ctx.loaders.personIdentity(p.uid, firstOf(a.first, 20)),
  },
  Organisation: {
    id: idOf,
    posts: (o, a, ctx) => relations(ctx, o, { type: 'HOLDS_POST', dir: 'in', first: a.first }),
    representatives: (o, a, ctx) =>
      relations(ctx, o, { type: 'REPRESENTS', dir: 'in', first: a.first }),
    convened: (o, a, ctx) => relations(ctx, o, { type: 'CONVENES', dir: 'out', first: a.first }),
  },
  Meeting: {
    id: idOf,
    chairs: (m, a, ctx) => relations(ctx, m, { type: 'CHAIRS', dir: 'in', first: a.first }),
    convenors: (m, a, ctx) => relations(ctx, m, { type: 'CONVENES', dir: 'in', first: a.first }),
    attendees: (m, a, ctx) => relations(ctx, m, { type: 'ATTENDS', dir: 'in', first: a.first }),
    proposals: (m, a, ctx) =>
      relatedConnection(ctx, m, { type: 'RAISED_AT', dir: 'in', label: 'Proposal', ...a }),
    documents: async (m, a, ctx) => {
      const rels = await ctx.loaders.relations(m, {
        type: 'REPORTED_IN',
        dir: 'out',
        first: firstOf(a.first, 10),
      });
      return rels.map((r) => endOf(r.to, 'Document')).filter((d) => d !== null);
    },
  },
  Proposal: {
    id: idOf,
    kind: (p) => (p.kind ? PROPOSAL_KIND[p.kind] : null),
    speaker: async (p, _a, ctx) => {
      const [r] = await ctx.loaders.relations(p, { type: 'PROPOSES', dir: 'in', first: 1 });
      return r ? endOf(r.from, 'Person') : null;
    },
    organisation: async (p, _a, ctx) => {
      const [r] = await ctx.loaders.relations(p, { type: 'PROPOSES', dir: 'in', first: 1 });
      return r ? endOf(r.from, 'Organisation') : null;
    },
    speakerName: (p) => p.speaker ?? null,
    speakerKind: (p) => (p.speakerKind ? SPEAKER_KIND[p.speakerKind] : null),
    themes: async (p, a, ctx) => {
      const rels = await relations(ctx, p, { type: 'ABOUT', dir: 'out', first: a.first ?? 10 });
      return rels.map((r) => endOf(r.to, 'Theme')).filter((t) => t !== null);
    },
    areas: async (p, _a, ctx) => {
      const rels = await relations(ctx, p, { type: 'ABOUT', dir: 'out', first: 20 });
      return rels.flatMap((r) => {
        const area = endOf(r.to, 'Theme');
        if (!area || area.kind !== 'area') return [];
        const via = AREA_SOURCE[String(r.props.via) as keyof typeof AREA_SOURCE] ?? null;
        return [{ area, signal: typeof r.props.signal === 'string' ? r.props.signal : null, via }];
      });
    },
    meeting: async (p, _a, ctx) => {
      const [r] = await ctx.loaders.relations(p, { type: 'RAISED_AT', dir: 'out', first: 1 });
      return r ? endOf(r.to, 'Meeting') : null;
    },
    evidence: (p) => ({ doc: p.doc, start: p.start, end: p.end, quote: p.text }),
    reports: async (p, a, ctx) => {
      const first = firstOf(a.first, 10);
      const own = { doc: p.doc, start: p.start, end: p.end, quote: p.text };
      if (first <= 1) return [own].slice(0, first);
      const rels = await relations(ctx, p, { type: 'REPORTED_IN', dir: 'out', first: first - 1 });
      return [own, ...rels.map(evidence)];
    },
  },
  Theme: {
    id: idOf,
    proposalCount: (t, _a, ctx) => ctx.loaders.count(t, { type: 'ABOUT', dir: 'in' }),
    kind: (t) => THEME_KIND[t.kind],
    forms: (t) => (t.forms.length > 0 ? t.forms : [t.name]),
    trend: (t, a, ctx) => ctx.loaders.trend(t, PERIOD[a.by ?? 'YEAR']),
    byMeeting: (t, a, ctx) => ctx.loaders.themeMeetings(t.uid, firstOf(a.first, 50)),
    firstRaised: (t, a, ctx) => ctx.loaders.themeFirst(t.uid, firstOf(a.first, 3)),
    advocates: (t, a, ctx) => ctx.loaders.themeAdvocates(t.uid, firstOf(a.first, 10)),
    related: (t, a, ctx) =>
      ctx.loaders.relatedThemes(t.uid, a.kind ? KIND_OF[a.kind] : 'any', firstOf(a.first, 10)),
    proposals: (t, a, ctx) =>
      relatedConnection(ctx, t, { type: 'ABOUT', dir: 'in', label: 'Proposal', ...a }),
  },
  Document: {
    id: idOf,
    proposalCount: (d) => d.proposals,
    text: async (d, _a, ctx) => (await ctx.loaders.document.load(d.hash))?.text ?? '',
  },
  Post: {
    title: (r) => String(r.props.title ?? ''),
    post: (r) => String(r.props.post ?? ''),
    former: (r) => r.props.former === true,
    organisation: (r) => endOf(r.to, 'Organisation'),
    person: (r) => endOf(r.from, 'Person') ?? Promise.reject(notFound('person for this post')),
    evidence,
  },
  Representation: {
    organisation: (r) =>
      endOf(r.to, 'Organisation') ?? Promise.reject(notFound('organisation represented')),
    person: (r) => endOf(r.from, 'Person') ?? Promise.reject(notFound('representative')),
    evidence,
  },
  Attendance: {
    meeting: (r) => endOf(r.to, 'Meeting') ?? Promise.reject(notFound('meeting attended')),
    person: (r) => endOf(r.from, 'Person') ?? Promise.reject(notFound('attendee')),
    venue: (r) => (typeof r.props.venue === 'string' ? r.props.venue : null),
    remote: (r) => r.props.remote === true,
    evidence,
  },
  Chairing: {
    meeting: (r) => endOf(r.to, 'Meeting') ?? Promise.reject(notFound('meeting chaired')),
    person: (r) => endOf(r.from, 'Person') ?? Promise.reject(notFound('chair')),
    evidence,
  },
  Convening: {
    meeting: (r) => endOf(r.to, 'Meeting') ?? Promise.reject(notFound('meeting convened')),
    organisation: (r) => endOf(r.from, 'Organisation') ?? Promise.reject(notFound('convenor')),
    evidence,
  },
  Evidence: {
    document: async (e, _a, ctx) =>
      (await ctx.loaders.document.load(e.doc))?.model ?? Promise.reject(notFound('document')),
    context: async (e, a, ctx) => {
      const chars = Math.max(0, Math.min(a.chars ?? 60, MAX_CONTEXT));
      const text = (await ctx.loaders.document.load(e.doc))?.text;
      if (!text) return e.quote;
      return text.slice(Math.max(0, e.start - chars), Math.min(text.length, e.end + chars));
    },
  },
  PersonConnection: connectionResolvers(),
  OrganisationConnection: connectionResolvers(),
  MeetingConnection: connectionResolvers(),
  ProposalConnection: connectionResolvers(),
  ThemeConnection: connectionResolvers(),
};
