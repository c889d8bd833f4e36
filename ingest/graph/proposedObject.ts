import { recommends } from '../attribute/recommendation';
import type { Lexicon } from '../lexicon/lexicon';

// 提出了X的建议 / 提出X的意见: X is what was proposed, to the last 的建议 of one run of clauses
// (no 。；), at least four characters (提出了很好的建议 proposes nothing in particular).
const PROPOSED = /提出了?([^。；;！？]{4,200})的(?:建议|意见|对策|提议)(?=[，。；,;！]|$)/;

// 我今年的提案是X, 我提交的是X方面提案: the clause that names the member's proposal. 提案关注的是X
// names its subject; what it asks for follows (…，从加强水源地保护等方面提出建议).
const NAMES_PROPOSAL =
  /提案(?:是|主要是|内容是)(关于)?([^，。；,;]{4,})|提交的是[^，。；,;]{2,40}提案/;

/**
 * The part of a turn's content that states what was proposed: the object of 提出了…的建议
 * (甲委员提出了加强耕地保护的建议; …分析了…，提出了在政策方面给予支持的建议), or the clause that
 * names the proposal (「我今年的提案是在河南设立自贸区，这将是…」), not the report around it.
 * Otherwise the content `[start, end)` as it is. `named`: the span is what the text says was
 * proposed, so a proposal whatever its words.
 */
export function proposedObject(
  folded: string,
  start: number,
  end: number,
  lexicon: Lexicon,
): { start: number; end: number; named: boolean } {
  // The attribution's own 提出 may stand just before the content (甲委员提出|…的建议, 提出了|…).
  const from = Math.max(0, start - 3);
  const m = PROPOSED.exec(folded.slice(from, end));
  const object = m?.[1];
  if (m && object !== undefined) {
    const at =
      from + m.index + m[0].length - object.length - (m[0].length - m[0].lastIndexOf('的'));
    if (at >= start) return { start: at, end: at + object.length, named: true };
  }
  const named = NAMES_PROPOSAL.exec(folded.slice(start, end));
  // 我的提案是关于X: a recommendation when X is one (关于加强…), only a subject otherwise
  // (关于县域智库建设的可行性探索).
  if (!named || (named[1] && !recommends(named[2] ?? '', lexicon)))
    return { start, end, named: false };
  const clauseStart = lastClauseBreak(folded, start, start + named.index);
  const rest = /[，。；,;！？]/.exec(folded.slice(start + named.index + named[0].length, end));
  const clauseEnd = rest ? start + named.index + named[0].length + rest.index : end;
  return { start: clauseStart, end: clauseEnd, named: true };
}

/**
 * Where the clause holding `at` begins: after the last comma, colon or opening quote before it
 * (告诉记者：「|我提交的是…), not before `start`.
 */
function lastClauseBreak(folded: string, start: number, at: number): number {
  for (let i = at - 1; i >= start; i--) if (/[，,；;：:「“『]/.test(folded[i] ?? '')) return i + 1;
  return start;
}
