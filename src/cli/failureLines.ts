/**
 * The failures of an ingest as lines a person reads: one line per distinct reason. When Neo4j
 * goes away mid-ingest every later document fails for that one reason, and 599 identical lines
 * hid the one that said what happened and what to do.
 */
export function failureLines(failures: readonly { source: string; reason: string }[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const f of failures) {
    // A document refused once the database was known gone fails for the same reason.
    const reason = f.reason.replace(/^not written: /, '');
    const sources = byReason.get(reason) ?? [];
    sources.push(f.source);
    byReason.set(reason, sources);
  }
  const lines: string[] = [];
  for (const [reason, sources] of byReason) {
    if (sources.length === 1) lines.push(`failed: ${sources[0] ?? ''}: ${reason}`);
    else
      lines.push(
        `failed: ${sources.length} documents (${sources[0] ?? ''} … ${sources.at(-1) ?? ''}): ${reason}`,
      );
    if (/unavailable/i.test(reason))
      lines.push(
        '  the same command again writes them once Neo4j is back; documents already written stay unchanged',
      );
  }
  return lines;
}
