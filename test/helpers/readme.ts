import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { readmeExamples } from '../../web/graphiql/examples';

/** The GraphQL queries of the README's "Three queries", the shell example's included. */
export function readmeQueries(): string[] {
  return readmeExamples(readFileSync(join(projectRoot(), 'README.md'), 'utf8')).map((e) => e.query);
}
