import { rmSync } from 'node:fs';
import { stopEmbedded } from '../src/store/embedded';

export default async function globalTeardown(): Promise<void> {
  const dir = process.env.KG_TEST_NEO4J_DIR;
  if (!dir) return;
  await stopEmbedded(dir);
  rmSync(dir, { recursive: true, force: true });
}
