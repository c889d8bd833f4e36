import type { Lexicon } from '../lexicon/lexicon';
import { nameRules } from './name';
import { roleRules } from './role';
import type { TitleSpan } from './title';
import { words } from './words';

/**
 * A post right after a name (李斌委员), as the name's trailing title; or undefined. 代表 after a
 * name is a post (人大代表) unless the person speaks for a body (代表民革中央发言).
 */
export function trailingTitle(folded: string, at: number, lexicon: Lexicon): TitleSpan | undefined {
  const p = words(lexicon).post(folded, at);
  // 代表 before a body is the verb (某某代表全国政协所做的报告), not the post.
  const represents =
    p === '代表' &&
    (roleRules(lexicon).speaksFor(folded.slice(at, at + 40)) ||
      !nameRules(lexicon).endsName(folded, at + p.length));
  if (!p || represents) return undefined;
  return { start: at, end: at + p.length, orgStart: at, orgEnd: at, post: p, former: false };
}
