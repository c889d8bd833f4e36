import type { DocumentGraph } from '../domain/documentGraph';

/** One report to extract: a file, or text already in memory (the API, the benchmarks). */
export interface ExtractTask {
  source: string;
  file?: string;
  text?: string;
  published?: string | null;
}

export type ExtractResult =
  | { ok: true; source: string; graph: DocumentGraph; text: string }
  | { ok: false; source: string; reason: string };
