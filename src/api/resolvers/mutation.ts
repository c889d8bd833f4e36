import { z } from 'zod';
import { KgError } from '../../domain/errors';
import { ingestGraph, removeDocument } from '../../store/ingestGraph';
import type { ApiContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import { parseGlobalId } from '../ids';
import { notFound } from './shared';

export const MAX_REPORT_CHARS = 2_000_000;

const IngestInput = z.object({
  text: z
    .string()
    .max(MAX_REPORT_CHARS, `a report may have at most ${MAX_REPORT_CHARS} characters`)
    .refine((t) => t.trim().length > 0, 'the report is empty'),
  source: z.string().trim().min(1, 'source may not be empty').max(1000),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected publishedAt as YYYY-MM-DD')
    .nullish(),
});

function requireKey(ctx: ApiContext): void {
  if (!ctx.authorized)
    throw new KgError('UNAUTHENTICATED', 'changes need the API key in the x-api-key header');
}

export const mutations: MutationResolvers = {
  ingestReport: async (_r, { input }, ctx) => {
    requireKey(ctx);
    const i = IngestInput.parse(input);
    const result = await ctx.extract({
      source: i.source,
      text: i.text,
      published: i.publishedAt,
    });
    if (!result.ok) throw new KgError('BAD_USER_INPUT', result.reason);
    const outcome = await ingestGraph(ctx.store, { graph: result.graph, text: result.text });
    const doc = await ctx.loaders.document.load(result.graph.contentHash);
    if (!doc) throw notFound('document after ingest');
    return {
      outcome,
      document: doc.model,
      persons: result.graph.persons.length,
      proposals: result.graph.proposals.length,
      warnings: result.graph.warnings,
    };
  },
  deleteDocument: async (_r, { id }, ctx) => {
    requireKey(ctx);
    const { label, key } = parseGlobalId(id);
    if (label !== 'Document') throw new KgError('BAD_USER_INPUT', 'expected a Document id');
    return { id, deleted: await removeDocument(ctx.store, key) };
  },
};
