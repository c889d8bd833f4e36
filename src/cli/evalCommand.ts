import { EVAL_DIRS, FIELDS, evaluateFolder, total, type Row } from '../eval/evaluate';
import type { EvalArgs } from './args';

const fmt = (x: number): string => x.toFixed(3);

function table(rows: readonly Row[]): string {
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
  const problems = rows.flatMap((r) =>
    FIELDS.flatMap((f) => [
      ...r.score[f].missed.map((x) => `  ${r.report}: missed ${f}: ${x}`),
      ...r.score[f].spurious.map((x) => `  ${r.report}: spurious ${f}: ${x}`),
    ]),
  );
  return [head, ...lines, ...problems].join('\n');
}

/** `kg eval`: scores the extractor on every bundled annotated report; F1 tables per folder. */
export function runEval(a: EvalArgs): boolean {
  const dirs = a.dir ? [a.dir] : EVAL_DIRS;
  const results = dirs.map((dir) => ({ dir, rows: evaluateFolder(dir) }));
  if (a.json) process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  else for (const r of results) process.stdout.write(`\n${r.dir}\n${table(r.rows)}\n`);
  return true;
}
