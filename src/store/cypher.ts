import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdgeType } from '../domain/documentGraph';
import { projectRoot } from '../paths';

let files: Map<string, string> | null = null;

/**
 * The parameterised Cypher of a use case, from `cypher/NAME.cypher`; the folder is read once.
 * `create-edges/TYPE` is the edge template for one relationship type of the closed enum.
 */
export function cypher(name: string): string {
  const [file = '', type] = name.split('/');
  if (type !== undefined) return cypher(file).replace(/__TYPE__/g, EdgeType.parse(type));
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
