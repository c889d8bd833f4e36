import type { Block } from '../normalise/block';
import type { TaggedWord } from '../tag/tagger';
import { organisationRules, type OrgMention } from './organisations';
import type { Lexicon } from '../lexicon/lexicon';
import { titleRules } from './title';
import { segmenter } from '../segment/segmenter';

// Bodies the tagger marks that are posts or collectives in this genre (常委, 政协委员).
const NOT_ORGANISATIONS = /^(?:常委|委员|政协委员|政协常委|代表|大会|会议|全会|主席团)$/;
const CLAUSE = /[，。；：！？「」『』“”（）()、,;:!?\s]/;
const HAN = /[\u3400-\u9fff]/;
const PUBLISHER = /(?:报|网|社|电视台|广播电台)$/;

// jieba's dictionary knows these as one organisation (nt) or abbreviation (j); its proper names
// (nz) are as often peoples and faiths (汉族, 佛教).
const BODY_TAGS = new Set(['nt', 'j']);

/** Is the whole name one word the dictionary files as a body or an abbreviation (联合国, 北大)? */
function knownShortName(name: string, lexicon: Lexicon): boolean {
  if (lexicon.orgFragments.has(name)) return false;
  const tokens = segmenter().tagShort(name);
  return tokens.length === 1 && BODY_TAGS.has(tokens[0]?.tag ?? '');
}

/** Does the name end with what says it is a body (…办, …委员会, 民进中央)? */
const headed = (name: string, lexicon: Lexicon): boolean =>
  lexicon.orgHeads.some((h) => name.endsWith(h));

// A country's or a city's team (中国队, 丹麦男队, 俄罗斯队): a place, then a team's word.
const TEAM = /^(?:(?:国家|男子|女子)?[男女]?队|[男女][排篮足])$/;
const TEAM_WHOLE = /^[\u3400-\u9fff]{2,6}(?:[男女]?队|[男女][排篮足])$/;

/** The teams the tagger reads as a place and a word, or as one place (中国|队, 俄罗斯队). */
function teams(f: string, words: readonly TaggedWord[]): [number, number][] {
  const out: [number, number][] = [];
  words.forEach((w, i) => {
    if (w.label !== 'LOC') return;
    const next = words[i + 1];
    if (next && next.start === w.end && TEAM.test(f.slice(next.start, next.end)))
      out.push([w.start, next.end]);
    else if (TEAM_WHOLE.test(f.slice(w.start, w.end))) out.push([w.start, w.end]);
  });
  return out;
}

/** A meeting (远程协商会) or the tagger's cut of one (远程协) is not an organisation. */
const isMeeting = (name: string, lexicon: Lexicon): boolean =>
  lexicon.meetingKinds.some((k) => name.endsWith(k) || k.startsWith(name));

/**
 * Organisation names the tagger finds that no suffix grammar covers (companies, universities in
 * short form, party bodies such as 民革市委); not a post glued to a body (全国政协委员 is read
 * as the body 全国政协 and a post), not a bare collective.
 */
export function taggedOrganisations(
  block: Block,
  words: readonly TaggedWord[],
  lexicon: Lexicon,
): OrgMention[] {
  const { postSuffix } = titleRules(lexicon);
  const { orgKey } = organisationRules(lexicon);
  const out: OrgMention[] = [];
  const f = block.folded;
  for (const w of words) {
    // A work's title that names a newspaper, agency or site (人民政协报, 新华网) is its publisher.
    const publisher = w.label === 'nw' && PUBLISHER.test(f.slice(w.start, w.end));
    if (w.label !== 'ORG' && !publisher) continue;
    let end = w.end;
    const glued = postSuffix(f.slice(w.start, end));
    if (glued) end -= glued.length;
    const name = f.slice(w.start, end);
    if (name.length < 2 || NOT_ORGANISATIONS.test(name) || CLAUSE.test(name)) continue;
    if (!HAN.test(name) || isMeeting(name, lexicon)) continue;
    // A name with a body's head (…委员会), or one the dictionary knows whole (联合国, 北大).
    if (!(name.length >= 3 && headed(name, lexicon)) && !knownShortName(name, lexicon)) continue;
    out.push({ block: block.index, start: w.start, end, key: orgKey(name), source: 'tagger' });
  }
  for (const [start, end] of teams(f, words))
    out.push({
      block: block.index,
      start,
      end,
      key: orgKey(f.slice(start, end)),
      source: 'tagger',
    });
  return out;
}
