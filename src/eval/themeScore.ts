import { fold } from '../domain/fold';
import { themeMatches } from '../domain/themeKey';

export { themeMatches };
import { Article, overlap, squash } from './article';

export interface GoldProposal {
  speaker: string;
  evidence: string[] | string;
  keywords?: string[];
  optional?: boolean;
}

export interface PredProposal {
  speaker: string;
  start?: number;
  end?: number;
  text?: string;
  themes?: string[];
}

/**
 * How well proposals' phrase themes name what the reference says each proposal is about. Counts,
 * so that reports add up: reference keywords of found proposals and how many a phrase theme
 * matches; phrase themes of right proposals and how many match a keyword; proposals and how many
 * have a policy area; phrase themes that start or end inside a word of their proposal.
 */
export interface ThemeCounts {
  keywords: number;
  recalled: number;
  phrases: number;
  matching: number;
  proposals: number;
  withArea: number;
  splitWords: number;
}

export const noThemeCounts = (): ThemeCounts => ({
  keywords: 0,
  recalled: 0,
  phrases: 0,
  matching: 0,
  proposals: 0,
  withArea: 0,
  splitWords: 0,
});

/** Where a segmenter puts word boundaries in a text: offsets 0 … length. */
export type WordBoundaries = (text: string) => ReadonlySet<number>;

/**
 * A phrase theme splits a word when none of its places in the proposal's text (both folded to
 * one script) starts and ends on word boundaries; a theme in another vocabulary than the text
 * is not checked.
 */
function splitsWord(theme: string, text: string, boundaries: ReadonlySet<number>): boolean {
  const t = fold(squash(theme));
  let at = text.indexOf(t);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(t, at + 1))
    if (boundaries.has(at) && boundaries.has(at + t.length)) return false;
  return true;
}

/**
 * Scores the phrase themes of one report's proposals against the reference keywords, matching
 * proposals by speaker and evidence as the proposal score does: a reference proposal is found
 * when a proposal of its speaker covers half of one of its sentences; a proposal is right when
 * half of it lies in its speaker's reference evidence.
 */
export function scoreThemes(
  text: string,
  gold: readonly GoldProposal[],
  pred: readonly PredProposal[],
  kinds: ReadonlyMap<string, string>,
  speakerKey: (s: string) => string,
  boundaries?: WordBoundaries,
): ThemeCounts {
  const article = new Article(text);
  const out = noThemeCounts();
  const isArea = (name: string): boolean => kinds.get(name) === 'area';
  const refs = gold
    .filter((g) => !g.optional)
    .map((g) => ({
      speaker: squash(g.speaker),
      keywords: g.keywords ?? [],
      spans: (Array.isArray(g.evidence) ? g.evidence : [g.evidence]).flatMap((e) => {
        const span = article.locate(e);
        return span ? [span] : [];
      }),
    }));
  const preds = pred.map((p) => ({
    speaker: speakerKey(p.speaker),
    span: article.span(p),
    phrases: (p.themes ?? []).filter((t) => !isArea(t)),
    hasArea: (p.themes ?? []).some(isArea),
    text:
      p.text ?? (p.start !== undefined && p.end !== undefined ? text.slice(p.start, p.end) : ''),
  }));
  for (const r of refs) {
    const mine = preds.filter((p) => p.span && p.speaker === r.speaker);
    const covering = mine.filter((p) =>
      r.spans.some((f) => p.span && overlap(p.span, f) >= 0.5 * (f[1] - f[0])),
    );
    if (covering.length === 0) continue;
    const inside = mine.filter((p) => {
      const span = p.span;
      if (!span) return false;
      const shared = r.spans.reduce((n, f) => n + overlap(span, f), 0);
      return shared >= 0.5 * (span[1] - span[0]);
    });
    const phrases = [...covering, ...inside].flatMap((p) => p.phrases);
    out.keywords += r.keywords.length;
    out.recalled += r.keywords.filter((k) => phrases.some((t) => themeMatches(t, k))).length;
  }
  for (const p of preds) {
    out.proposals++;
    if (p.hasArea) out.withArea++;
    if (boundaries) {
      const squashed = fold(squash(p.text));
      const words = boundaries(squashed);
      out.splitWords += p.phrases.filter((t) => splitsWord(t, squashed, words)).length;
    }
    const span = p.span;
    if (!span) continue;
    const same = refs.filter((r) => r.speaker === p.speaker);
    const shared = same.reduce((n, r) => n + r.spans.reduce((m, f) => m + overlap(span, f), 0), 0);
    if (shared < 0.5 * (span[1] - span[0])) continue;
    const keywords = same
      .filter((r) => r.spans.some((f) => overlap(span, f) > 0))
      .flatMap((r) => r.keywords);
    out.phrases += p.phrases.length;
    out.matching += p.phrases.filter((t) => keywords.some((k) => themeMatches(t, k))).length;
  }
  return out;
}

/** Sums the counts of many reports. */
export function addThemeCounts(a: ThemeCounts, b: ThemeCounts): ThemeCounts {
  const out = noThemeCounts();
  for (const k of Object.keys(out) as (keyof ThemeCounts)[]) out[k] = a[k] + b[k];
  return out;
}
