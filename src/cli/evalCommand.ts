import { existsSync, readFileSync } from 'node:fs';
import { evaluateIob2 } from '../eval/labelledNews';
import {
  CORPORA,
  FIELDS,
  errorsByKind,
  evaluateFolder,
  proposalErrors,
  themeTotals,
  total,
  type Row,
} from '../eval/evaluate';
import type { EvalArgs } from './args';

const fmt = (x: number): string => x.toFixed(3);

export function table(rows: readonly Row[], listErrors: boolean): string {
  const head = `${'report'.padEnd(46)}${FIELDS.map((f) => f.slice(0, 8).padStart(10)).join('')}  meeting`;
  const lines = rows.map((r) => {
    const m = r.score.meeting;
    const meeting = m ? `chair ${m.chair ? 'ok' : 'WRONG'} date ${m.date ? 'ok' : 'WRONG'}` : '-';
    return `${r.report.slice(0, 45).padEnd(46)}${FIELDS.map((f) => fmt(r.score[f].f1).padStart(10)).join('')}  ${meeting}`;
  });
  const t = total(rows);
  lines.push(
    `${'all (micro F1)'.padEnd(46)}${FIELDS.map((f) => fmt(t[f].f1).padStart(10)).join('')}`,
  );
  lines.push(
    `${'  precision / recall'.padEnd(46)}${FIELDS.map((f) => `${t[f].precision.toFixed(2)}/${t[f].recall.toFixed(2)}`.padStart(10)).join('')}`,
  );
  const kinds = errorsByKind(rows);
  lines.push(
    `errors by kind (missed / spurious / boundary): ${FIELDS.map((f) => `${f} ${kinds[f].missed}/${kinds[f].spurious}/${kinds[f].boundary}`).join(', ')}`,
  );
  const p = proposalErrors(rows);
  lines.push(
    `proposal errors: wrong speaker ${p.wrongSpeaker}, judged a statement ${p.asStatement}, missed ${p.missed}, spurious ${p.spurious}`,
  );
  lines.push(themeLine(rows));
  if (!listErrors) return [head, ...lines].join('\n');
  const problems = rows.flatMap((r) =>
    FIELDS.flatMap((f) => [
      ...r.score[f].missed.map((x) => `  ${r.report}: missed ${f}: ${x}`),
      ...r.score[f].spurious.map((x) => `  ${r.report}: spurious ${f}: ${x}`),
    ]),
  );
  return [head, ...lines, ...problems].join('\n');
}

const share = (n: number, of: number): string => (of ? fmt(n / of) : '-');

/** Phrase themes against the reference keywords, and the share of proposals with an area. */
function themeLine(rows: readonly Row[]): string {
  const t = themeTotals(rows);
  return (
    `themes: phrase recall ${share(t.recalled, t.keywords)} (${t.recalled} of ${t.keywords} keywords of found proposals), ` +
    `precision ${share(t.matching, t.phrases)} (${t.matching} of ${t.phrases}), ` +
    `proposals with an area ${share(t.withArea, t.proposals)} (${t.withArea} of ${t.proposals}), ` +
    `phrase themes splitting a word ${t.splitWords}`
  );
}

/**
 * `kg eval`: scores the extractor on the bundled annotated corpora (or one folder), with
 * micro P/R/F1 per field and the errors by kind. The held-out set is scored only when named.
 */
export async function runEval(a: EvalArgs): Promise<boolean> {
  if (a.iob2) {
    const t = await evaluateIob2(readFileSync(a.iob2, 'utf8'));
    if (a.json) process.stdout.write(JSON.stringify(t) + '\n');
    else
      for (const [label, p] of Object.entries(t))
        process.stdout.write(
          `${a.iob2} ${label}: precision ${fmt(p.precision)} recall ${fmt(p.recall)} F1 ${fmt(p.f1)} (${p.tp} of ${p.gold}; ${p.predicted} found)\n`,
        );
    return true;
  }
  const names = a.corpus
    ? a.corpus.split(',')
    : Object.keys(CORPORA).filter((n) => n !== 'heldout');
  const dirs = a.dir
    ? [{ name: a.dir, dir: a.dir }]
    : names.map((name) => {
        const dir = CORPORA[name];
        if (!dir) throw new Error(`no corpus ${name}; known: ${Object.keys(CORPORA).join(', ')}`);
        return { name, dir };
      });
  const results: { corpus: string; dir: string; rows: Row[] }[] = [];
  for (const { name, dir } of dirs.filter((d) => existsSync(d.dir)))
    results.push({ corpus: name, dir, rows: await evaluateFolder(dir) });
  if (a.json) process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  else
    for (const r of results)
      process.stdout.write(
        `\n${r.corpus} (${r.rows.length} reports)\n${table(r.rows, a.errors)}\n`,
      );
  return true;
}
