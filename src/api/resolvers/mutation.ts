import { z } from 'zod';
import { KgError } from '../../domain/errors';
import { refuseIfNotReport } from '../../pipeline/reportIngest';
import { removeDocument } from '../../store/ingestGraph';
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
    // Text that is not a report is refused here, at once, without waking the worker (whose
    // first report loads the tagger: a second of an English page's time).
    refuseIfNotReport(i.text);
    const result = await ctx.ingest({
      source: i.source,
      text: i.text,
      published: i.publishedAt,
    });
    if (!result.ok) throw new KgError(result.code, result.reason);
    const doc = await ctx.loaders.document.load(result.hash);
    if (!doc) throw notFound('document after ingest');
    return {
      outcome: result.outcome,
      document: doc.model,
      persons: result.persons,
      proposals: result.proposals,
      warnings: result.warnings,
    };
  },
  deleteDocument: async (_r, { id }, ctx) => {
    requireKey(ctx);
    const { label, key } = parseGlobalId(id);
    if (label !== 'Document') throw new KgError('BAD_USER_INPUT', 'expected a Document id');
    return { id, deleted: await removeDocument(ctx.store, key) };
  },
};
