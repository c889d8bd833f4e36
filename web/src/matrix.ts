import type { Ref, ThemeRef } from './types';

/** Most themes a matrix shows as columns (the most used). */
const COLUMNS = 24;

export interface Matrix {
  people: Ref[];
  themes: ThemeRef[];
  /** count of `person.id|theme.id` */
  cells: Map<string, number>;
  max: number;
}

/** Rows and columns from (person, theme, count) triples: the most used themes as columns. */
export function matrixOf(
  triples: { person: Ref; theme: ThemeRef; count: number }[],
  kind: ThemeRef['kind'],
): Matrix {
  const cells = new Map<string, number>();
  const people = new Map<string, Ref>();
  const themes = new Map<string, { theme: ThemeRef; total: number }>();
  for (const t of triples) {
    if (t.theme.kind !== kind) continue;
    people.set(t.person.id, t.person);
    const key = `${t.person.id}|${t.theme.id}`;
    cells.set(key, (cells.get(key) ?? 0) + t.count);
    const col = themes.get(t.theme.id) ?? { theme: t.theme, total: 0 };
    col.total += t.count;
    themes.set(t.theme.id, col);
  }
  const columns = [...themes.values()]
    .sort((a, b) => b.total - a.total || a.theme.name.localeCompare(b.theme.name))
    .slice(0, COLUMNS)
    .map((c) => c.theme);
  const rowTotal = (p: Ref) => columns.reduce((n, t) => n + (cells.get(`${p.id}|${t.id}`) ?? 0), 0);
  const rows = [...people.values()]
    .filter((p) => rowTotal(p) > 0)
    .sort((a, b) => rowTotal(b) - rowTotal(a));
  return { people: rows, themes: columns, cells, max: Math.max(1, ...cells.values()) };
}
