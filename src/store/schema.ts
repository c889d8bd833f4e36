import { statements } from './cypher';
import type { Store } from './store';

// Two processes starting at once both pass `IF NOT EXISTS`; the later one is then told the
// rule already exists, which is what it wanted.
const ALREADY = ['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists'];

/** Creates constraints and indexes if missing (idempotent), then waits for them to come online. */
export async function ensureSchema(store: Store): Promise<void> {
  for (const s of statements('schema')) await store.command('schema', s, { done: ALREADY });
  await store.command('schema-await', 'CALL db.awaitIndexes(120)');
}
