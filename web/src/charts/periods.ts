import type { TrendPoint } from '../types';

const UNDATED = 'undated';

function nextMonth(p: string): string {
  const [y, m] = p.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function nextYear(p: string): string {
  return String(Number(p) + 1);
}

/** At most this many periods are filled in; a longer span keeps only the periods with data. */
const MAX_FILLED = 400;

/**
 * A timeline reads right only with its empty periods: the API gives the periods that have
 * proposals, so the months (or years) between are filled with zeros. Undated stays last.
 */
export function filledPeriods(points: TrendPoint[], by: 'MONTH' | 'YEAR'): TrendPoint[] {
  const dated = points
    .filter((p) => p.period !== UNDATED)
    .sort((a, b) => a.period.localeCompare(b.period));
  const undated = points.filter((p) => p.period === UNDATED);
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last) return undated;
  const next = by === 'MONTH' ? nextMonth : nextYear;
  const byPeriod = new Map(dated.map((p) => [p.period, p]));
  const out: TrendPoint[] = [];
  for (let p = first.period; p <= last.period && out.length < MAX_FILLED; p = next(p))
    out.push(byPeriod.get(p) ?? { period: p, count: 0, share: 0 });
  return out.length < MAX_FILLED ? [...out, ...undated] : [...dated, ...undated];
}
