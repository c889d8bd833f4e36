import * as OpenCC from 'opencc-js';
import { foldKey } from './fold';
import { withoutGlosses } from './gloss';

/**
 * Regional vocabulary folded to the mainland word: 人工智慧 → 人工智能, 晶片 → 芯片, 網路 → 网络,
 * 軟體 → 软件, 資訊 → 信息. The pairs are OpenCC's Taiwan phrase dictionary (the one its `twp`
 * preset reads backwards), each side folded to one script, so the replacement runs on the
 * theme's folded key and never touches a character OpenCC's full conversion would change in
 * Simplified text (沈, 著). Only phrases of two or more characters whose folded sides differ are
 * kept: one-character entries are script variants, which folding has already handled.
 */
function variantPairs(): [string, string][] {
  const dictionary = OpenCC.Locale.from.twp?.[0]?.[0];
  if (typeof dictionary !== 'string') return [];
  const pairs: [string, string][] = [];
  for (const entry of dictionary.split('|')) {
    const [tw, cn] = entry.split(' ');
    if (!tw || !cn || tw.length < 2) continue;
    const from = foldKey(tw);
    const to = foldKey(cn);
    if (from !== to && !MAINLAND_WORDS.has(from)) pairs.push([from, to]);
  }
  // A word that is another pair's mainland form is a mainland word in its own right (程式 →
  // 程序, but 程序 → 进程): replacing it would split the theme it names.
  const targets = new Set(pairs.map(([, to]) => to));
  return pairs.filter(([from]) => !targets.has(from));
}

// Taiwan words the dictionary maps that mainland reports also use, in another sense (资料 is
// material, 智慧 wisdom as in 智慧城市, 核心 a core, 支援 aid): their themes stay as written.
const MAINLAND_WORDS = new Set([
  '资料',
  '智慧',
  '核心',
  '支援',
  '影片',
  '影像',
  '执行',
  '建立',
  '整合',
  '序列',
  '向量',
  '模拟',
  '消息',
  '社群',
  '行程',
  '复制',
  '设定',
  '预设',
  '效能',
  '通道',
  '即时',
  '联络',
]);

let trie: InstanceType<typeof OpenCC.Trie> | null = null;

function variants(): InstanceType<typeof OpenCC.Trie> {
  if (!trie) {
    trie = new OpenCC.Trie();
    trie.loadDict(variantPairs());
  }
  return trie;
}

/**
 * A folded text with its regional words replaced by the mainland ones (longest match first),
 * and for each character of the result the offset in `folded` of the word it came from, so a
 * match in the result can be shown as written.
 */
export function foldVariants(folded: string): { text: string; source: number[] } {
  const t = variants();
  let text = '';
  const source: number[] = [];
  for (let i = 0; i < folded.length;) {
    const m = t.matchPrefix(folded, i);
    if (m) {
      text += m.value;
      for (let k = 0; k < m.value.length; k++) source.push(i);
      i = m.end;
    } else {
      text += folded[i];
      source.push(i);
      i++;
    }
  }
  return { text, source };
}

// Quotation marks around a phrase (“十五五”, 「洋教」) do not make another theme.
const QUOTES = /[“”‘’「」『』《》〈〉"]/g;

/**
 * A theme's identity: its name folded to one script and to mainland vocabulary, glosses, quotes
 * and whitespace removed. 人工智慧 and 人工智能, 晶片 and 芯片 share one key; the theme keeps its
 * most common surface form as its name, and both forms find it.
 */
export function themeKey(name: string): string {
  return foldVariants(foldKey(withoutGlosses(name).replace(QUOTES, ''))).text;
}

/** A theme matches a keyword when one contains the other, both folded (script, vocabulary). */
export function themeMatches(theme: string, keyword: string): boolean {
  const t = themeKey(theme);
  const k = themeKey(keyword);
  return t.length > 0 && k.length > 0 && (t.includes(k) || k.includes(t));
}

/** A policy area's key: its name, apart from any phrase that reads the same. */
export const areaKey = (name: string): string => `area:${name.trim()}`;
