import { statements } from './cypher';
import type { Store } from './store';

/** Creates constraints and indexes if missing (idempotent), then waits for them to come online. */
export async function ensureSchema(store: Store): Promise<void> {
  for (const s of statements('schema')) await store.command('schema', s);
  await store.command('schema-await', 'CALL db.awaitIndexes(120)');
}
