import { z } from 'zod';
import { foldKey } from '../../domain/fold';
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
import { pageOf } from '../pagination';
import { listing, UserText as Text } from './shared';

/** Filter text, folded to the one script the graph's `folded` keys are in. */
const folded = (s: string | null | undefined): string | null =>
  s == null ? null : foldKey(Text.parse(s));
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
    const [row] = await ctx.rows<{ node: unknown }>('api-person-by-name', {
      name: clean,
      key: foldKey(clean),
    });
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
        theme: folded(a.filter?.theme),
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
        theme: folded(f.theme),
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
      params: {},
    }),
};
