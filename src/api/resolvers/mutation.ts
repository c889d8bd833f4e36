import { z } from 'zod';
import { KgError } from '../../domain/errors';
import { refuseIfNotReport } from '../../pipeline/reportIngest';
import { recordDecision, undoDecision, type DecisionRecord } from '../../store/identity';
import { removeDocument } from '../../store/ingestGraph';
import type { ApiContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import { factUid, parseGlobalId } from '../ids';
import { PersonModel } from '../models';
import { notFound, UserText } from './shared';

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

/** A decision as the API shows it: its reports and the person its first report is now. */
async function change(ctx: ApiContext, d: DecisionRecord) {
  const docs = await ctx.loaders.document.loadMany(d.docs);
  const [row] = await ctx.rows<{ node: unknown }>('identity-person-of', {
    doc: d.docs[0] ?? '',
    name: d.name,
  });
  return {
    id: d.id,
    kind: d.kind === 'same' ? ('SAME' as const) : ('APART' as const),
    documents: docs.flatMap((x) => (x && !(x instanceof Error) ? [x.model] : [])),
    reason: d.reason,
    by: d.by,
    at: d.at,
    person: row ? PersonModel.parse(row.node) : null,
  };
}

function documentHash(id: string): string {
  const { label, key } = parseGlobalId(id);
  if (label !== 'Document') throw new KgError('BAD_USER_INPUT', 'expected Document ids');
  return key;
}

export const mutations: MutationResolvers = {
  mergePeople: async (_r, a, ctx) => {
    requireKey(ctx);
    const d = await recordDecision(ctx.store, {
      kind: 'same',
      people: [factUid(a.a, 'Person'), factUid(a.b, 'Person')],
      reason: UserText.parse(a.reason),
      by: UserText.parse(a.by),
    });
    return change(ctx, d);
  },
  splitPerson: async (_r, a, ctx) => {
    requireKey(ctx);
    const d = await recordDecision(ctx.store, {
      kind: 'apart',
      person: factUid(a.person, 'Person'),
      docs: a.documents.map(documentHash),
      reason: UserText.parse(a.reason),
      by: UserText.parse(a.by),
    });
    return change(ctx, d);
  },
  undoIdentityDecision: async (_r, a, ctx) => {
    requireKey(ctx);
    return change(ctx, await undoDecision(ctx.store, String(a.id), UserText.parse(a.by)));
  },
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
