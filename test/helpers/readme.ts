import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';

/** The GraphQL queries of the README's "Three queries", the shell example's included. */
export function readmeQueries(): string[] {
  const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
  const section = readme.split('## Three queries')[1]?.split('\n## ')[0] ?? '';
  const queries: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) queries.push(current.join('\n'));
    current = [];
  };
  for (const line of section.split('\n')) {
    const code = line.startsWith('    ') ? line.slice(4) : null;
    if (code === null || code.startsWith('#') || code.trim() === '' || code.startsWith('curl'))
      flush();
    else if (code.trim().startsWith("-d '")) {
      flush();
      queries.push((JSON.parse(code.trim().slice(4, -1)) as { query: string }).query);
    } else current.push(code);
  }
  flush();
  return queries;
}
