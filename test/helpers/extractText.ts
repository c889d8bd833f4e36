import { extract } from '../../ingest/extract';
import type { DocumentGraph } from '../../src/domain/documentGraph';

/** Extracts a report given inline, as tests write them. */
export function extractText(text: string, published = '2024-05-01'): Promise<DocumentGraph> {
  return extract(text, { source: 'inline', published });
}

export const personNames = (g: DocumentGraph): string[] => g.persons.map((p) => p.name).sort();
