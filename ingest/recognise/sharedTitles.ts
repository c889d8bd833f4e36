import type { Block } from '../normalise/block';
import { mention } from './findMentions';
import type { Mention } from './mention';
import { nameRules } from './name';
import type { TitleSpan } from './title';
import { perLexicon, type Lexicon } from '../lexicon/lexicon';
import { alternation } from './words';

// Between a list of names and the post they share: 甲、乙等委员, 甲、乙5位委员, 甲、乙两位常委.
const JOINS_LIST = /^[、和与]$/;
// The conjunction before the last name of a list (甲、乙及丙, 甲和乙).
const LAST_JOIN = /^(?:及|和|与)/;
const DESCRIBES = /^(?:年轻|青年|女|新任?|老|资深|港澳|港区|澳区|海外|特邀|界别)$/;
const COUNTED = /^等?(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,3})[位名])?/;
const sharedTitle = perLexicon(
  (lexicon) => new RegExp(`^([^，。；、：,;:\\s]{0,6}?)(${alternation(lexicon.posts)})`),
);

/**
 * The end of a 2–3 character item at `at` that is followed by 、 and a name, or 0: inside a list
 * of names, an item the surname list does not know is a name too.
 */
function listItemBetweenNames(
  f: string,
  at: number,
  starts: ReadonlyMap<number, Mention>,
  readName: (text: string, at: number) => number,
): number {
  const item = /^[\u3400-\u9fff]{2,3}(?=、)/.exec(f.slice(at, at + 4))?.[0];
  if (!item) return 0;
  const after = at + item.length + 1;
  return starts.has(after) || readName(f, after) > 0 ? at + item.length : 0;
}

/**
 * Where a titled name ends before its list: the rule's end, or the tagger's one character
 * later when only that reading meets the list's join (吴远|北及… read by the tagger as 吴远北|及).
 */
function listEnd(f: string, m: Mention, found: readonly Mention[]): number {
  const joins = (at: number): boolean => f[at] === '、' || LAST_JOIN.test(f.slice(at, at + 1));
  if (joins(m.nameEnd)) return m.nameEnd;
  const longer = found.find(
    (o) => o.source === 'tagger' && o.nameStart === m.nameStart && o.nameEnd === m.nameEnd + 1,
  );
  return longer && joins(longer.nameEnd) ? longer.nameEnd : m.nameEnd;
}

/** Names after a titled mention, joined by 、: 全国政协委员甲、乙、丙. */
function titleBeforeList(block: Block, found: readonly Mention[], lexicon: Lexicon): Mention[] {
  const { readName } = nameRules(lexicon);
  const f = block.folded;
  const starts = new Map(found.map((m) => [m.nameStart, m]));
  const out: Mention[] = [];
  for (const m of found) {
    if (m.titles.length === 0) continue;
    let at = listEnd(f, m, found);
    for (;;) {
      const last = f[at] === '、' ? 0 : (LAST_JOIN.exec(f.slice(at, at + 2))?.[0].length ?? 0);
      if (f[at] !== '、' && last === 0) break;
      const from = at + (last || 1);
      const next = starts.get(from);
      // 甲、乙及丙: the last of the list, joined by a conjunction, unless it has a title of its
      // own (甲和港澳办主任乙).
      if (last > 0 && next && next.start < next.nameStart) break;
      let end = next ? next.nameEnd : from + readName(f, from);
      // 甲、计远华、乙: a rare surname is still a name between two names of the list.
      if (end <= from && last === 0) end = listItemBetweenNames(f, from, starts, readName);
      if (end <= from) break;
      const shared = mention(block, [from, end], m.titles, { source: 'rule:shared-title' });
      out.push({ ...shared, start: from });
      at = end;
      if (last > 0) break;
    }
  }
  return out;
}

/** The name of a list that ends at `end`: one found there, else a name-like 2–4 characters. */
function nameEndingAt(
  f: string,
  end: number,
  ends: ReadonlyMap<number, Mention>,
  lexicon: Lexicon,
): [number, number] | null {
  const { looksLikeName } = nameRules(lexicon);
  const found = ends.get(end);
  if (found) return [found.nameStart, found.nameEnd];
  for (const length of [3, 2, 4]) {
    const start = end - length;
    const opens = start === 0 || /[、，。；：,;:\s「“]/.test(f[start - 1] ?? '');
    if (start >= 0 && opens && looksLikeName(f.slice(start, end))) return [start, end];
  }
  return null;
}

/** A list of found names, joined by 、, then the post they share: 甲、乙、丙5位委员作发言. */
function listBeforePost(block: Block, found: readonly Mention[], lexicon: Lexicon): Mention[] {
  const f = block.folded;
  const ends = new Map(found.map((m) => [m.nameEnd, m]));
  const out: Mention[] = [];
  for (const last of found) {
    const counted = COUNTED.exec(f.slice(last.nameEnd, last.nameEnd + 4))?.[0] ?? '';
    const at = last.nameEnd + counted.length;
    // 甲、乙等委员; 甲和乙常委在联合发言中建议: 和 or 与 joins the last two names.
    // 甲等委员提交的提案: one untitled name and others unnamed; the post is the named one's too
    // (not 主席甲等某地委员, where it is the others', nor 甲等10位委员, a count of all).
    const alone =
      counted === '等' &&
      !lexicon.posts.some((p) => f.slice(0, last.nameStart).endsWith(p)) &&
      !JOINS_LIST.test(f[last.nameStart - 1] ?? '');
    if (!alone && !JOINS_LIST.test(f[last.nameStart - 1] ?? '')) continue;
    // The shared title: a post right away (委员), or a short body and its post (政协委员).
    const title = sharedTitle(lexicon).exec(f.slice(at, at + 12));
    if (!title || (title[1] !== '' && counted === '')) continue;
    // 甲、乙等到会听取委员发言: what stands between the list and the post must name a body.
    // 甲、乙和丙等年轻委员: a word that says which members, not a body, may stand there too.
    const describes = DESCRIBES.test(title[1] ?? '');
    if (title[1] && !describes && !lexicon.orgSuffixes.some((x) => title[1]?.endsWith(x))) continue;
    const p = title[2] ?? '';
    const end = at + title[0].length;
    const trailing: TitleSpan = {
      start: describes ? end - p.length : at,
      end,
      orgStart: describes ? end - p.length : at,
      orgEnd: end - p.length,
      post: p,
      former: false,
    };
    const list: [number, number][] = [[last.nameStart, last.nameEnd]];
    for (let end = last.nameStart - 1; JOINS_LIST.test(f[end] ?? '');) {
      const name = nameEndingAt(f, end, ends, lexicon);
      if (!name) break;
      list.push(name);
      end = name[0] - 1;
    }
    for (const name of list)
      out.push(mention(block, name, [], { source: 'rule:shared-title', trailing }));
  }
  return out;
}

/**
 * One title shared by a list of names belongs to each: before the list (全国政协委员甲、乙、丙)
 * or after it (甲、乙等委员, 甲、乙5位委员). The names are those other components found there,
 * else read by rule.
 */
export function sharedTitles(block: Block, found: readonly Mention[], lexicon: Lexicon): Mention[] {
  return [...titleBeforeList(block, found, lexicon), ...listBeforePost(block, found, lexicon)];
}
