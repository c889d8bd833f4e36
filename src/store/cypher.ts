import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

let files: Map<string, string> | null = null;

/** The parameterised Cypher of a use case, from `cypher/NAME.cypher`; the folder is read once. */
export function cypher(name: string): string {
  if (!files) {
    const dir = join(projectRoot(), 'cypher');
    files = new Map(readdirSync(dir).filter((f) => f.endsWith('.cypher')).map((f) => [f.replace(/\.cypher$/, ''), readFileSync(join(dir, f), 'utf8')]));
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
