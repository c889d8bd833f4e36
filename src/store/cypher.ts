import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EdgeType } from '../domain/documentGraph';
import { projectRoot } from '../paths';

let files: Map<string, string> | null = null;

/** The bound of a variable-length pattern: an integer literal in the query text, so checked. */
const Hops = z.coerce.number().int().min(1).max(4);

/** Relationship types in the store: the extractor's, and the meeting's link to its reports. */
export const StoredRelType = z.enum([...EdgeType.options, 'REPORTED_IN']);
export type StoredRelType = z.infer<typeof StoredRelType>;

/**
 * The parameterised Cypher of a use case, from `cypher/NAME.cypher`; the folder is read once.
 * `NAME/ARG` fills a template: `__TYPE__` with a relationship type of the closed enum
 * (`create-edges/PROPOSES`), or `__HOPS__` with a path bound of 1–4 (`api-paths/3`).
 */
export function cypher(name: string): string {
  const [file = '', arg] = name.split('/');
  if (arg !== undefined) {
    const text = cypher(file);
    if (text.includes('__HOPS__')) return text.replace(/__HOPS__/g, String(Hops.parse(arg)));
    return text.replace(/__TYPE__/g, StoredRelType.parse(arg));
  }
  if (!files) {
    const dir = join(projectRoot(), 'cypher');
    files = new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith('.cypher'))
        .map((f) => [f.replace(/\.cypher$/, ''), readFileSync(join(dir, f), 'utf8')]),
    );
  }
  const text = files.get(name);
  if (text === undefined) throw new Error(`no cypher/${name}.cypher`);
  return text;
}

/** The statements of a multi-statement file (schema), comments dropped. */
export function statements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter(Boolean);
}
