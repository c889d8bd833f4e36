import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS_DIR, SAMPLE_DIR } from '../src/paths';

/** The bundled reports, read once: the bench cycles over these few texts, never a whole corpus. */
export function bundledReports(): string[] {
  return [SAMPLE_DIR, REPORTS_DIR].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')),
  );
}

/** Streams documents until `chars` characters have gone by; memory holds one document at a time. */
export function* documents(reports: readonly string[], chars: number): Generator<string> {
  let sent = 0;
  for (let i = 0; sent < chars; i++) {
    const doc = reports[i % reports.length] ?? '';
    sent += doc.length;
    yield doc;
  }
}
