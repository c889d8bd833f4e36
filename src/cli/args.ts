import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const ExtractArgs = z.object({
  command: z.literal('extract'),
  file: z.string().min(1, 'expected a FILE to extract'),
  published: date.optional(),
  json: z.boolean().default(false),
  maxBytes: z.coerce.number().int().positive().optional(),
});
export type ExtractArgs = z.infer<typeof ExtractArgs>;

export const IngestArgs = z.object({
  command: z.literal('ingest'),
  paths: z.array(z.string()).min(1, 'expected at least one file or folder to ingest'),
  published: date.optional(),
  workers: z.coerce.number().int().min(0).max(64).optional(),
  // One writer: concurrent batches contend for the locks of shared people and themes.
  writeConcurrency: z.coerce.number().int().min(1).max(64).default(1),
  batchSize: z.coerce.number().int().min(1).max(1000).default(64),
  keepDb: z.boolean().default(false),
});
export type IngestArgs = z.infer<typeof IngestArgs>;

export const DbArgs = z.object({
  command: z.literal('db'),
  action: z.enum(['start', 'stop', 'status'], { message: 'expected kg db start|stop|status' }),
});
export type DbArgs = z.infer<typeof DbArgs>;

export const ServeArgs = z.object({
  command: z.literal('serve'),
  port: z.coerce.number().int().min(0).max(65535).optional(),
  noIngest: z.boolean().default(false),
});
export type ServeArgs = z.infer<typeof ServeArgs>;

export const EvalArgs = z.object({
  command: z.literal('eval'),
  json: z.boolean().default(false),
  dir: z.string().optional(),
  /** Names of bundled corpora, comma-separated (default: all but the held-out set). */
  corpus: z.string().optional(),
  /** Labelled general text in IOB2 (UniversalNER): persons and organisations, exact spans. */
  iob2: z.string().optional(),
  /** List every miss and spurious find, not only the counts by kind. */
  errors: z.boolean().default(false),
});
export type EvalArgs = z.infer<typeof EvalArgs>;

export const TrainArgs = z.object({
  command: z.literal('train'),
  /** Cross-validate with this many folds instead of writing the model. */
  cv: z.coerce.number().int().min(2).max(20).optional(),
  /** Where to write the model (default: the vendored file in models/org-crf). */
  out: z.string().optional(),
  /** Learn from the reports alone, not the labelled news (a model free of its ShareAlike). */
  withoutNews: z.boolean().default(false),
  /**
   * Where to write the phrase model (default: the vendored file in models/theme-phrases, or
   * `phrases.crfsuite` beside `--out` when that is given).
   */
  phrasesOut: z.string().optional(),
});
export type TrainArgs = z.infer<typeof TrainArgs>;

/** Reads `--flag value` and `--flag` pairs and positional arguments into a plain object. */
export function parseArgv(argv: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const name = a.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const next = argv[i + 1];
    if (
      name === 'json' ||
      name === 'keepDb' ||
      name === 'noIngest' ||
      name === 'errors' ||
      name === 'withoutNews' ||
      next === undefined ||
      next.startsWith('--')
    )
      out[name] = true;
    else {
      out[name] = next;
      i++;
    }
  }
  out.command = positional[0];
  out.file = positional[1];
  out.action = positional[1];
  out.paths = positional.slice(1);
  return out;
}
