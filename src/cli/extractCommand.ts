import { readFileSync } from 'node:fs';
import type { DocumentGraph } from '../domain/documentGraph';
import { decode } from '../../ingest/normalise/decode';
import { extract } from '../../ingest/extract';
import type { ExtractArgs } from './args';

/** Reads, decodes and extracts one report file. */
export function extractFile(a: ExtractArgs): Promise<DocumentGraph> {
  const decoded = decode(readFileSync(a.file), { maxBytes: a.maxBytes });
  return extract(decoded.text, {
    source: a.file,
    published: a.published ?? null,
    warnings: decoded.warnings,
  });
}

/** A human summary of a document graph, for the terminal. */
export function summarise(g: DocumentGraph): string {
  const lines: string[] = [];
  const m = g.meeting;
  lines.push(
    m
      ? `meeting   ${m.name} ${m.date ?? '(undated)'} ${m.location ?? ''} chair ${m.chair ?? '?'}`
      : 'meeting   (none found)',
  );
  if (m?.topic) lines.push(`topic     ${m.topic}`);
  lines.push(`persons   ${g.persons.length}`);
  for (const p of g.persons) {
    const titles = p.titles.map((t) => t.title).join('、');
    lines.push(
      `  ${p.name}${titles ? `  ${titles}` : ''}${p.venue ? `  @${p.venue}` : ''}${p.mentionedOnly ? '  (mentioned)' : ''}`,
    );
  }
  lines.push(
    `organisations ${g.organisations.length}: ${g.organisations.map((o) => o.name).join('、')}`,
  );
  lines.push(`proposals ${g.proposals.length}`);
  for (const p of g.proposals)
    lines.push(`  ${p.speaker}: ${p.text.slice(0, 40)}…  [${p.themes.join(', ')}]`);
  lines.push(`statements ${g.statements.length}, edges ${g.edges.length}, script ${g.script}`);
  for (const w of g.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}
