import { foldVariants } from '../../src/domain/themeKey';
import { perLexicon, type Lexicon, type PolicyArea } from '../lexicon/lexicon';

/** A proposal's policy area, and the phrase that signalled it: offsets into the text read. */
export interface AreaHit {
  area: PolicyArea;
  /** The signal as the list has it (folded, Simplified). */
  signal: string;
  start: number;
  end: number;
}

// A second area is kept only when its signals weigh nearly as much as the first's.
const SECOND_AREA_SHARE = 0.8;
const MAX_AREAS = 2;

/** The signals of every area, longest first, so 数字经济 is read before 经济 could be. */
const signalsOf = perLexicon((lexicon: Lexicon) =>
  lexicon.policyAreas
    .flatMap((area) => area.signals.map((signal) => ({ area, signal })))
    .sort((a, b) => b.signal.length - a.signal.length),
);

/**
 * The policy areas a folded text signals, deterministically: every signal found (after
 * regional vocabulary is folded, so 晶片 signals 芯片), each place read once by its longest
 * signal, weighs the square of its length, since a longer signal is a more specific term
 * (近视防控 says 医疗卫生 more than 儿童 and 青少年 say 人口与家庭); the area with the most weight comes first (ties: the list's order),
 * and a second area when it weighs at least SECOND_AREA_SHARE of the first. Each area carries
 * its first signal, as written, as evidence.
 */
export function areasOf(folded: string, lexicon: Lexicon): AreaHit[] {
  const { text, source } = foldVariants(folded);
  const taken = new Uint8Array(text.length);
  const weight = new Map<PolicyArea, number>();
  const first = new Map<PolicyArea, AreaHit>();
  for (const { area, signal } of signalsOf(lexicon)) {
    for (let at = text.indexOf(signal); at >= 0; at = text.indexOf(signal, at + signal.length)) {
      if (taken.subarray(at, at + signal.length).some((x) => x === 1)) continue;
      taken.fill(1, at, at + signal.length);
      weight.set(area, (weight.get(area) ?? 0) + signal.length ** 2);
      const start = source[at] ?? 0;
      const end =
        at + signal.length < source.length ? (source[at + signal.length] ?? 0) : folded.length;
      const hit = { area, signal, start, end: Math.max(end, start + 1) };
      const known = first.get(area);
      if (!known || known.start > start) first.set(area, hit);
    }
  }
  const order = lexicon.policyAreas;
  const ranked = [...weight.entries()].sort(
    (a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]),
  );
  const top = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, w], i) => i === 0 || w >= SECOND_AREA_SHARE * top)
    .slice(0, MAX_AREAS)
    .flatMap(([area]) => {
      const hit = first.get(area);
      return hit ? [hit] : [];
    });
}
