import { z } from 'zod';
import { foldKey } from '../../domain/fold';
import { areaKey, themeKey } from '../../domain/themeKey';
import { KgError } from '../../domain/errors';
import type { QueryResolvers } from '../generated/resolvers';
import { factUid, parseGlobalId } from '../ids';
import {
  MeetingModel,
  OrganisationModel,
  PersonModel,
  ProposalModel,
  ThemeModel,
  type NodeModel,
} from '../models';
import { themeCounts } from '../loaders';
import { pageOf } from '../pagination';
import { firstOf, listing, UserText as Text } from './shared';
import { KIND_OF } from './types';

/** Filter text, folded to the one script the graph's `folded` keys are in. */
const folded = (s: string | null | undefined): string | null =>
  s == null ? null : foldKey(Text.parse(s));
/** A theme named in a filter, folded as theme keys are (script and regional vocabulary). */
const themeFilter = (s: string | null | undefined): string | null =>
  s == null ? null : themeKey(Text.parse(s));
/** A period of `risingThemes`: a date prefix. */
const PeriodText = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a period as YYYY, YYYY-MM or YYYY-MM-DD');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** The root fields that look things up and list them. */
export const listQueries: QueryResolvers = {
  node: async (_r, { id }, ctx) => {
    const { label, key } = parseGlobalId(id);
    if (label === 'Document') return (await ctx.loaders.document.load(key))?.model ?? null;
    const n: NodeModel | null = await ctx.loaders.node.load(key);
    return n?.label === label ? n : null;
  },
  person: async (_r, { id, name }, ctx) => {
    if ((id == null) === (name == null))
      throw new KgError('BAD_USER_INPUT', 'give exactly one of id and name');
    if (id != null) {
      const n = await ctx.loaders.node.load(factUid(id, 'Person'));
      return n?.label === 'Person' ? n : null;
    }
    const clean = Text.parse(name);
    // By the folded name (an index seek); a written form that folds elsewhere is rare.
    const row =
      (await ctx.rows<{ node: unknown }>('api-person-by-name', { key: foldKey(clean) }))[0] ??
      (await ctx.rows<{ node: unknown }>('api-person-by-alias', { name: clean }))[0];
    return row ? PersonModel.parse(row.node) : null;
  },
  people: (_r, a, ctx) =>
    listing(ctx, {
      useCase: 'api-people',
      page: pageOf(a),
      parse: (n) => PersonModel.parse(n),
      params: {
        name: folded(a.filter?.name),
        organisation: folded(a.filter?.organisation),
        theme: themeFilter(a.filter?.theme),
        meeting: a.filter?.meeting == null ? null : factUid(a.filter.meeting, 'Meeting'),
        orderBy: a.orderBy ?? 'NAME',
      },
    }),
  organisations: (_r, a, ctx) =>
    listing(ctx, {
      useCase: 'api-organisations',
      page: pageOf(a),
      parse: (n) => OrganisationModel.parse(n),
      params: { name: folded(a.filter?.name) },
    }),
  meetings: (_r, a, ctx) =>
    listing(ctx, {
      useCase: 'api-meetings',
      page: pageOf(a),
      parse: (n) => MeetingModel.parse(n),
      params: {
        from: a.from == null ? null : Day.parse(a.from),
        to: a.to == null ? null : Day.parse(a.to),
      },
    }),
  proposals: (_r, a, ctx) => {
    const f = a.filter ?? {};
    let speaker: string | null = null;
    if (f.speaker != null) {
      // An id of a person, or a name in either script.
      try {
        speaker = factUid(f.speaker, 'Person');
      } catch {
        speaker = folded(f.speaker);
      }
    }
    return listing(ctx, {
      useCase: 'api-proposals',
      page: pageOf(a),
      parse: (n) => ProposalModel.parse(n),
      params: {
        speaker,
        organisation: folded(f.organisation),
        theme: themeFilter(f.theme),
        meeting: f.meeting == null ? null : factUid(f.meeting, 'Meeting'),
        text: folded(f.text),
      },
    });
  },
  themes: (_r, a, ctx) =>
    listing(ctx, {
      useCase: 'api-themes',
      page: pageOf(a),
      parse: (n) => ThemeModel.parse(n),
      params: {
        kind: a.filter?.kind ? KIND_OF[a.filter.kind] : null,
        area: a.filter?.area == null ? null : areaKey(Text.parse(a.filter.area)),
        name: themeFilter(a.filter?.name),
      },
    }),
  theme: async (_r, { name }, ctx) => {
    const clean = Text.parse(name);
    const [row] = await ctx.rows<{ node: unknown }>('api-theme-by-name', {
      key: themeKey(clean),
      area: areaKey(clean),
    });
    return row?.node ? ThemeModel.parse(row.node) : null;
  },
  policyAreas: async (_r, _a, ctx) => {
    const rows = await ctx.rows<{ parent: string | null; areas: unknown[] }>(
      'api-policy-areas',
      {},
    );
    return rows.map((r) => ({ name: r.parent ?? '', areas: themeCounts(r.areas) }));
  },
  risingThemes: async (_r, a, ctx) => {
    const earlier = PeriodText.parse(a.earlier);
    const later = PeriodText.parse(a.later);
    if (earlier.startsWith(later) || later.startsWith(earlier))
      throw new KgError('BAD_USER_INPUT', 'earlier and later must be periods that do not overlap');
    const rows = await ctx.rows<{
      theme: unknown;
      earlierCount: number;
      laterCount: number;
      earlierShare: number;
      laterShare: number;
      shareChange: number;
    }>('api-rising-themes', {
      earlier,
      later,
      kind: a.kind ? KIND_OF[a.kind] : null,
      minCount: MinCount.parse(a.minCount ?? 2),
      first: firstOf(a.first),
    });
    return rows.map((r) => ({
      ...r,
      earlierCount: Number(r.earlierCount),
      laterCount: Number(r.laterCount),
      theme: ThemeModel.parse(r.theme),
    }));
  },
};

const MinCount = z.number().int().min(1).max(1_000_000);
