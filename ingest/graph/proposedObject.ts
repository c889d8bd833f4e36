// 提出了X的建议 / 提出X的意见: X is what was proposed, within one run of clauses (no 。；), at
// least four characters (提出了很好的建议 proposes nothing in particular).
const PROPOSED = /提出了?([^。；;！？]{4,200})的(?:建议|意见|对策|提议)(?=[，。；,;！]|$)/;

/**
 * The part of a turn's content that states what was proposed, when it says 提出了…的建议
 * (甲委员提出了加强耕地保护的建议; …分析了…，提出了在政策方面给予支持的建议): the object of 提出,
 * not the report around it. Otherwise the content `[start, end)` as it is.
 */
export function proposedObject(folded: string, start: number, end: number): [number, number] {
  // The attribution's own 提出 may stand just before the content (甲委员提出|了…的建议).
  const from = Math.max(0, start - 2);
  const m = PROPOSED.exec(folded.slice(from, end));
  const object = m?.[1];
  if (!m || object === undefined) return [start, end];
  const at = from + m.index + m[0].length - object.length - (m[0].length - m[0].lastIndexOf('的'));
  return at >= start ? [at, at + object.length] : [start, end];
}
