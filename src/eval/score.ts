/**
 * Scores an extraction against a hand-made reference annotation, by the same rules as the
 * outside check `shared/eval/score.mjs` (which stays the referee): names and titles as written,
 * whitespace ignored; a proposal is right when half its characters lie in reference evidence of
 * the same speaker; optional reference items never lower a score.
 */
import { Article, overlap, squash } from './article';
import { scoreThemes, type ThemeCounts, type WordBoundaries } from './themeScore';

type Named = string | { name?: string; title?: string } | null | undefined;
interface GoldPerson {
  name: string;
  aliases?: string[];
  optional?: boolean;
  titles?: Named[];
  organisations?: Named[];
}
export interface Gold {
  published?: string;
  meeting?: { date?: string | null; chair?: string | null } | null;
  persons?: GoldPerson[];
  organisations?: (string | { name: string; aliases?: string[]; optional?: boolean })[];
  proposals?: {
    speaker: string;
    evidence: string[] | string;
    keywords?: string[];
    optional?: boolean;
  }[];
}
export interface Pred {
  persons?: { name: string; aliases?: string[]; titles?: Named[]; organisations?: Named[] }[];
  organisations?: (string | { name: string; aliases?: string[] })[];
  proposals?: { speaker: string; start?: number; end?: number; text?: string; themes?: string[] }[];
  /** Themes by name, with their kind (`area` or `phrase`): a proposal's themes name both. */
  themes?: { name: string; kind?: string }[];
  /** What the extractor judged an opinion or a report, not a recommendation. */
  statements?: { speaker: string; start?: number; end?: number; text?: string }[];
  meeting?: { date?: string | null; chair?: string | null } | null;
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
  missed: string[];
  spurious: string[];
  /** Proposals only: the misses and spurious finds by what went wrong. */
  proposalErrors?: ProposalErrors;
}

/**
 * Why proposals were missed or spurious: given to another speaker, judged a statement, not
 * found at all, or found where the reference has no proposal. A proposal given to the wrong
 * speaker counts once, as wrong speaker, not also as missed and spurious.
 */
export interface ProposalErrors {
  wrongSpeaker: number;
  asStatement: number;
  missed: number;
  spurious: number;
}
export interface Score {
  persons: Prf;
  organisations: Prf;
  titles: Prf;
  affiliations: Prf;
  proposals: Prf;
  meeting: { chair: boolean; date: boolean } | null;
  /** Phrase themes against the reference keywords, and policy areas (counts). */
  themes: ThemeCounts;
}

const nameOf = (x: Named): string => (typeof x === 'string' ? x : (x?.name ?? x?.title ?? ''));
const list = <T>(x: T[] | T | null | undefined): T[] =>
  Array.isArray(x) ? x : x == null ? [] : [x];
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function prf(tp: number, nPred: number, nGold: number): Omit<Prf, 'missed' | 'spurious'> {
  const p = nPred ? tp / nPred : nGold ? 0 : 1;
  const r = nGold ? tp / nGold : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: round(p), recall: round(r), f1: round(f), tp, predicted: nPred, gold: nGold };
}

function scoreKeys(predKeys: string[], required: string[], optional: string[]): Prf {
  const req = new Set(required);
  const opt = new Set(optional);
  const predSet = new Set(predKeys);
  let tp = 0;
  let nPred = 0;
  for (const k of predSet) {
    if (req.has(k)) {
      tp++;
      nPred++;
    } else if (!opt.has(k)) nPred++;
  }
  return {
    ...prf(tp, nPred, req.size),
    missed: [...req].filter((k) => !predSet.has(k)),
    spurious: [...predSet].filter((k) => !req.has(k) && !opt.has(k)),
  };
}

function scoreProposals(
  article: Article,
  gold: Gold,
  pred: Pred,
  speakerKey: (s: string) => string,
): Prf {
  const fragments = list(gold.proposals).flatMap((g) =>
    list(g.evidence).flatMap((e) => {
      const span = article.locate(e);
      return span ? [{ speaker: squash(g.speaker), span, optional: !!g.optional }] : [];
    }),
  );
  const predicted = list(pred.proposals).map((p) => ({
    speaker: speakerKey(p.speaker),
    span: article.span(p),
  }));
  const statements = list(pred.statements).map((p) => ({
    speaker: speakerKey(p.speaker),
    span: article.span(p),
  }));
  let tp = 0;
  let counted = 0;
  const spurious: string[] = [];
  for (const p of predicted) {
    if (!p.span) {
      counted++;
      spurious.push(`${p.speaker}: (span not found)`);
      continue;
    }
    const span = p.span;
    const same = fragments.filter((f) => f.speaker === p.speaker);
    const inGold = same.reduce((n, f) => n + overlap(span, f.span), 0);
    const onlyOptional =
      same.filter((f) => !f.optional).reduce((n, f) => n + overlap(span, f.span), 0) === 0;
    if (inGold / (span[1] - span[0]) >= 0.5) {
      if (!onlyOptional) {
        tp++;
        counted++;
      }
    } else {
      counted++;
      spurious.push(`${p.speaker}: ${article.compact.slice(span[0], span[0] + 24)}`);
    }
  }
  const required = fragments.filter((f) => !f.optional);
  const covered = required.filter((f) =>
    predicted.some(
      (p) =>
        p.span &&
        p.speaker === f.speaker &&
        overlap(p.span, f.span) >= 0.5 * (f.span[1] - f.span[0]),
    ),
  );
  const precision = counted ? tp / counted : 1;
  const recall = required.length ? covered.length / required.length : 1;
  const covers = (p: { span: [number, number] | null }, f: { span: [number, number] }): boolean =>
    p.span !== null && overlap(p.span, f.span) >= 0.5 * (f.span[1] - f.span[0]);
  const missedFragments = required.filter((f) => !covered.includes(f));
  const wrongSpeaker = missedFragments.filter((f) =>
    predicted.some((p) => p.speaker !== f.speaker && covers(p, f)),
  );
  const asStatement = missedFragments.filter(
    (f) =>
      !wrongSpeaker.includes(f) && statements.some((p) => p.speaker === f.speaker && covers(p, f)),
  );
  // A spurious find that lies in another speaker's evidence is that wrong-speaker error again.
  const elsewhere = spurious.length
    ? predicted.filter((p) => {
        const span = p.span;
        if (!span) return false;
        const same = fragments.filter((f) => f.speaker === p.speaker);
        const inGold = same.reduce((n, f) => n + overlap(span, f.span), 0);
        if (inGold / (span[1] - span[0]) >= 0.5) return false;
        const other = fragments.filter((f) => f.speaker !== p.speaker);
        return other.reduce((n, f) => n + overlap(span, f.span), 0) / (span[1] - span[0]) >= 0.5;
      }).length
    : 0;
  const proposalErrors: ProposalErrors = {
    wrongSpeaker: wrongSpeaker.length,
    asStatement: asStatement.length,
    missed: missedFragments.length - wrongSpeaker.length - asStatement.length,
    spurious: Math.max(0, spurious.length - elsewhere),
  };
  return {
    proposalErrors,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    tp,
    predicted: counted,
    gold: required.length,
    missed: required
      .filter((f) => !covered.includes(f))
      .map((f) => `${f.speaker}: ${article.compact.slice(f.span[0], f.span[0] + 24)}`),
    spurious,
  };
}

export function score(text: string, gold: Gold, pred: Pred, boundaries?: WordBoundaries): Score {
  const article = new Article(text.replace(/^\uFEFF/, ''));
  const goldPersons = list(gold.persons);
  const predPersons = list(pred.persons).map((p) => ({
    names: [p.name, ...list(p.aliases)].map(squash).filter(Boolean),
    raw: p,
  }));
  const personKey = new Map<string, string>();
  const predPersonKeys = predPersons.map((p) => {
    const matched = goldPersons.find((g) => p.names.includes(squash(g.name)));
    const key = matched ? squash(matched.name) : (p.names[0] ?? '');
    for (const n of p.names) personKey.set(n, key);
    return key;
  });
  const persons = scoreKeys(
    predPersonKeys,
    goldPersons.filter((g) => !g.optional).map((g) => squash(g.name)),
    goldPersons.filter((g) => g.optional).map((g) => squash(g.name)),
  );
  const goldOrgs = list(gold.organisations).map((o) => (typeof o === 'string' ? { name: o } : o));
  const orgAlias = new Map<string, string>();
  for (const o of goldOrgs)
    for (const n of [o.name, ...list('aliases' in o ? o.aliases : [])])
      orgAlias.set(squash(n), squash(o.name));
  const orgKey = (n: string): string => orgAlias.get(squash(n)) ?? squash(n);
  const predOrgKeys = list(pred.organisations).map((o) => {
    const forms = [nameOf(o), ...list(typeof o === 'string' ? [] : o.aliases)].map(squash);
    return forms.map((f) => orgAlias.get(f)).find(Boolean) ?? forms[0] ?? '';
  });
  const organisations = scoreKeys(
    predOrgKeys,
    goldOrgs.filter((o) => !('optional' in o && o.optional)).map((o) => squash(o.name)),
    goldOrgs.filter((o) => 'optional' in o && o.optional).map((o) => squash(o.name)),
  );
  const pairs = (
    get: (p: { titles?: Named[]; organisations?: Named[] }) => Named[] | undefined,
    keyer: (s: string) => string,
  ): Prf => {
    const predKeys = predPersons.flatMap((p, i) =>
      list(get(p.raw)).map((v) => `${predPersonKeys[i] ?? ''}|${keyer(nameOf(v))}`),
    );
    const req: string[] = [];
    const opt: string[] = [];
    for (const g of goldPersons)
      for (const v of list(get(g)))
        (g.optional ? opt : req).push(`${squash(g.name)}|${keyer(nameOf(v))}`);
    return scoreKeys(predKeys, req, opt);
  };
  const speakerKey = (s: string): string => personKey.get(squash(s)) ?? squash(s);
  const gm = gold.meeting ?? null;
  const pm = pred.meeting ?? null;
  return {
    persons,
    organisations,
    titles: pairs((p) => p.titles, squash),
    affiliations: pairs((p) => p.organisations, orgKey),
    proposals: scoreProposals(article, gold, pred, speakerKey),
    themes: scoreThemes(
      article.text,
      list(gold.proposals),
      list(pred.proposals),
      new Map(list(pred.themes).map((t) => [t.name, t.kind ?? 'phrase'])),
      speakerKey,
      boundaries,
    ),
    meeting: gm
      ? {
          chair: !!pm && squash(pm.chair ?? '') === squash(gm.chair ?? ''),
          date: !!pm && String(pm.date ?? '').slice(0, 10) === gm.date,
        }
      : null,
  };
}
