import type { Lexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import { mention } from './findMentions';
import type { Mention } from './mention';
import { titleRules } from './title';

// 甲当选为市政协主席, 乙、丙当选副主席, 丁任秘书长: the post comes after the verb.
const ELECTED = /^(?:当选为|当选|任|担任|出任|增补为)/;
const TITLE_END = /[，。；、,;！\n]/;
const MAX_TITLE = 24;

/** The names of a list ending at a found mention: 甲、乙、丙 (each found by another component). */
function listEndingWith(last: Mention, ends: ReadonlyMap<number, Mention>, f: string): Mention[] {
  const list = [last];
  for (let at = last.nameStart - 1; f[at] === '、';) {
    const before = ends.get(at);
    if (!before) break;
    list.unshift(before);
    at = before.nameStart - 1;
  }
  return list;
}

/**
 * A post given by election or appointment after the names (甲当选为市政协主席; 乙、丙当选副主席):
 * each name of the list holds it. The title runs from the verb to the clause's end and must
 * end with a post.
 */
export function electedTitles(
  block: Block,
  found: readonly Mention[],
  lexicon: Lexicon,
): Mention[] {
  const { parseChain, postSuffix } = titleRules(lexicon);
  const f = block.folded;
  const ends = new Map(found.map((m) => [m.nameEnd, m]));
  const out: Mention[] = [];
  for (const last of found) {
    const verb = ELECTED.exec(f.slice(last.nameEnd, last.nameEnd + 4))?.[0];
    if (!verb) continue;
    const start = last.nameEnd + verb.length;
    let end = start;
    while (end < f.length && end - start < MAX_TITLE && !TITLE_END.test(f[end] ?? '')) end++;
    if (!postSuffix(f.slice(start, end))) continue;
    const title = parseChain(f, start, end)[0];
    if (!title || title.end !== end) continue;
    for (const m of listEndingWith(last, ends, f))
      out.push(
        mention(block, [m.nameStart, m.nameEnd], [], {
          source: 'rule:shared-title',
          trailing: title,
        }),
      );
  }
  return out;
}
