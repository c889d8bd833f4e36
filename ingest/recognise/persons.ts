import type { ReportDoc } from '../doc/reportDoc';
import type { Block } from '../normalise/block';
import { byBlock } from '../doc/byBlock';
import type { Component } from '../pipeline/component';
import { findMentions, knownNameMentions } from './findMentions';
import type { Mention } from './mention';
import { mergeMentions } from './mergeMentions';
import { organisationRules } from './organisations';
import { nameRules } from './name';
import { electedTitles } from './electedTitles';
import { sharedTitles } from './sharedTitles';
import { taggedPersons } from './taggedPersons';
import { eponymNames } from './eponymNames';
import { acrossDots } from './transliterated';

// Headlines name people too (…某某出席); every block is read.
const readable = (doc: ReportDoc): Block[] => doc.blocks;

function record(doc: ReportDoc, mentions: readonly Mention[]): void {
  for (const m of mentions)
    doc.spans.push({
      block: m.block,
      start: m.nameStart,
      end: m.nameEnd,
      label: 'PER',
      source: m.source,
      score: m.score,
    });
}

/** A component that finds mentions block by block and adds them (and their spans) to the document. */
function finder(name: string, find: (doc: ReportDoc) => (block: Block) => Mention[]): Component {
  return {
    name,
    run(doc) {
      const found = readable(doc).flatMap(find(doc));
      record(doc, found);
      doc.mentions.push(...found);
    },
  };
}

/** Names by rule: after a title chain, before a title or honorific, before a speech verb. */
export const rulePersons = finder(
  'rule-persons',
  (doc) => (b) => findMentions(b, doc.tokens[b.index] ?? [], doc.lexicon),
);

/** Names the tagger finds anywhere, titled or not, with the genre's corrections. */
export const taggerPersons = finder(
  'tagger-persons',
  (doc) => (b) => taggedPersons(b, doc.tokens[b.index] ?? [], doc.lexicon),
);

/** A person's name opening a word named after them that the tagger read whole (马克思主义, 汤姆斯杯). */
export const eponymPersons = finder(
  'eponym-names',
  (doc) => (b) => eponymNames(b, doc.tokens[b.index] ?? [], doc.lexicon),
);

/** A name read as the first part of a transliterated name (帕尔哈提|·艾山江) takes the whole name. */
export const dottedPersons: Component = { name: 'dotted-names', run: acrossDots };

/** A title before a list of names (全国政协委员甲、乙、丙) given to every name of the list. */
export const sharedTitlePersons = finder('shared-titles', (doc) => {
  const mentionsOf = byBlock(doc.mentions);
  return (b) => sharedTitles(b, mentionsOf(b.index), doc.lexicon);
});

/** A post by election or appointment after the names (甲、乙当选副主席) given to each. */
export const electedTitlePersons = finder('elected-titles', (doc) => {
  const mentionsOf = byBlock(doc.mentions);
  return (b) => electedTitles(b, mentionsOf(b.index), doc.lexicon);
});

/**
 * A rule's name that does not end where names end, where the tagger read the same name one or
 * a two-character name one character longer (俞敏|洪对记者表示, 陈星|莺副省长): the tagger's boundary.
 */
function taggerBoundaries(doc: ReportDoc): void {
  const { endsName } = nameRules(doc.lexicon);
  const tagged = new Map<string, Mention>();
  for (const m of doc.mentions)
    if (m.source === 'tagger') tagged.set(`${m.block}:${m.nameStart}`, m);
  doc.mentions = doc.mentions.map((m) => {
    const t = tagged.get(`${m.block}:${m.nameStart}`);
    const f = doc.blocks[m.block]?.folded ?? '';
    if (!t || m === t || m.nameEnd - m.nameStart !== 2 || t.nameEnd !== m.nameEnd + 1) return m;
    if (endsName(f, m.nameEnd) && !m.trailing) return m;
    if (m.trailing && m.trailing.start < t.nameEnd) return m;
    return { ...m, nameEnd: t.nameEnd, key: f.slice(m.nameStart, t.nameEnd) };
  });
}

// A place's name before its level (卫东区, 庆元县): a tagger's "person" of that name is the place.
const PLACE_LEVEL = /^[区县市省州镇乡村]/;

/** Names never titled in the report that it also writes as a place (卫东 of 卫东区). */
function placeNames(doc: ReportDoc, mentions: readonly Mention[]): Set<string> {
  const titled = new Set(
    mentions.filter((m) => m.titles.length > 0 || m.trailing).map((m) => m.key),
  );
  const untitled = new Set(mentions.map((m) => m.key).filter((k) => !titled.has(k)));
  // One pass over the text: before each level character, the 2–4 characters a name could be.
  const places = new Set<string>();
  for (const b of doc.blocks) {
    const f = b.folded;
    for (let i = 2; i < f.length; i++) {
      if (!PLACE_LEVEL.test(f[i] ?? '')) continue;
      for (let n = 2; n <= 4 && n <= i; n++) {
        const key = f.slice(i - n, i);
        if (untitled.has(key)) places.add(key);
      }
    }
  }
  return places;
}

/** One mention per place, by the merge policy; then every later bare use of a name found. */
export const mergePersons: Component = {
  name: 'merge-persons',
  run(doc) {
    taggerBoundaries(doc);
    const { namesOrganisation } = organisationRules(doc.lexicon);
    const { endsName } = nameRules(doc.lexicon);
    const places = placeNames(doc, doc.mentions);
    const merged = mergeMentions(
      doc.mentions.filter((m) => !namesOrganisation(m.key) && !places.has(m.key)),
    );
    const keys = new Set(merged.map((m) => m.key));
    const later = readable(doc).flatMap((b) =>
      knownNameMentions(b, keys).filter((m) => endsName(b.folded, m.nameEnd)),
    );
    record(doc, later);
    doc.mentions = bySurname(doc, mergeMentions([...merged, ...later]));
  },
};

/**
 * A surname alone (王委员, 贾主席, 陈先生) stands for the report's one person of that surname
 * named in full; with none or several, it stays a person of its own.
 */
function bySurname(doc: ReportDoc, mentions: Mention[]): Mention[] {
  const { surnames } = doc.lexicon;
  const full = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (surnames.has(m.key) || m.key.length < 2) continue;
    for (const s of [m.key.slice(0, 1), m.key.slice(0, 2)])
      if (surnames.has(s) && s !== m.key) full.set(s, (full.get(s) ?? new Set()).add(m.key));
  }
  const written = new Map<string, string>();
  for (const m of mentions)
    written.set(m.key, doc.blocks[m.block]?.text.slice(m.nameStart, m.nameEnd) ?? m.key);
  return mentions.map((m) => {
    const names = surnames.has(m.key) ? full.get(m.key) : undefined;
    const [name, ...more] = names ? [...names] : [];
    if (!name || more.length > 0) return m;
    return { ...m, key: name, refersTo: written.get(name) ?? name };
  });
}
