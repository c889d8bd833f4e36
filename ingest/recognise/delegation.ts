/**
 * Words before a body's name that say which members of it are meant, not which body:
 * 港区全国政协委员 (the Hong Kong members of 全国政协), 澳区闽籍全国政协委员, 沪全国政协委员,
 * 港区广东省政协常委. The body is what follows them.
 */
const DELEGATION = /^(?:(?:港澳台|港澳|港|澳|台)(?:区|地区)|[\u3400-\u9fff]{1,2}籍)+/;
const NATIONAL_BODY = '全国政协';

/** Where the body's own name starts in folded[start, end): past any delegation words. */
export function bodyStart(folded: string, start: number, end: number): number {
  const text = folded.slice(start, end);
  // Nothing names a part of 全国政协 from before it: 香港全国政协, 沪全国政协 are its members,
  // and 中国全国政协 (outlets outside the mainland) is 全国政协.
  const national = text.indexOf(NATIONAL_BODY);
  if (national > 0) return start + national;
  const delegation = DELEGATION.exec(text)?.[0].length ?? 0;
  // 澳区委员: the delegation alone; the post is the report's body's (an empty body here).
  if (delegation === text.length) return end;
  return end - (start + delegation) >= 2 ? start + delegation : start;
}
