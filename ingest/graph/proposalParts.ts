// Where a numbered point after the first begins: ，二是…, ；第三…, ，其三…, （2）….
const NEXT_POINT =
  /[，,；;](?=[二三四五六七八九十]是|第[二三四五六七八九十][，,、是]|其[二三四五六][，,、]|[（(][2-9][）)])/g;
// 提出四点建议：一是…: the announcement before the first point is not part of it.
// 提出以下四个方面的建议。一是…: so is an announcing sentence before it.
const FIRST_POINT =
  /(?:[：:]|(?<=(?:建议|意见|对策)[^，。；]{0,4})[。；;])(?=一是|第一[，,、是]|其一[，,、]|[（(]1[）)])/;
// Titles listed in quotation marks: “甲”、“乙”和“丙”.
const QUOTED = /[“「『《]([^”」』》]{4,80})[”」』》]/g;
const JOINED = /^[、和及与，,\s]*$/;
const MAX_LEAD = 12;

/**
 * The proposals of one clause, as offset pairs into the folded text [start, end): one per
 * numbered point (一是…，二是…), one per quoted title when the clause lists only titles
 * (提交了三个提案，分别为“甲”、“乙”和“丙”), else the clause whole.
 */
export function proposalParts(folded: string, start: number, end: number): [number, number][] {
  const text = folded.slice(start, end);
  const titles = [...text.matchAll(QUOTED)];
  if (titles.length >= 2) {
    const between = titles.slice(1).map((t, i) => {
      const prev = titles[i];
      return prev ? text.slice(prev.index + prev[0].length, t.index) : '';
    });
    const last = titles[titles.length - 1];
    const after = last ? text.slice(last.index + last[0].length) : '';
    // Only a clause that is the list itself: a short lead-in, the titles, the clause's end.
    const onlyTitles = (titles[0]?.index ?? 0) <= MAX_LEAD && /^[。！；，,\s]*$/.test(after);
    if (onlyTitles && between.every((b) => JOINED.test(b)))
      return titles.map((t) => {
        const s = start + t.index + 1;
        return [s, s + (t[1]?.length ?? 0)];
      });
  }
  const first = FIRST_POINT.exec(text);
  const from = first ? start + first.index + 1 : start;
  const cuts = [...text.matchAll(NEXT_POINT)].map((m) => start + m.index);
  const bounds = [from, ...cuts.filter((c) => c > from).flatMap((c) => [c, c + 1]), end];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const s = bounds[i] ?? start;
    const e = bounds[i + 1] ?? end;
    if (e > s) out.push([s, e]);
  }
  return out.length > 0 ? out : [[start, end]];
}

// 甲、乙、丙等常委分别围绕A、B、C等建言献策: each speaker has the topic in the same place.
const RESPECTIVELY = /分别(?:围绕|就|聚焦|针对)$/;
const QUOTE_MARK = /[“”"「」『』]/;
const QUOTE_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/**
 * The topics of a clause that gives speakers named together one topic each, in order
 * (`分别围绕A、B、C等`): one [start, end) per speaker; none when the topics are not as many as
 * the speakers (甲、乙等8位委员分别就…: who said which is not written); null when the clause does
 * not say 分别.
 */
export function respectiveParts(
  folded: string,
  attributionStart: number,
  start: number,
  end: number,
  speakers: number,
): [number, number][] | null {
  if (speakers < 2 || !RESPECTIVELY.test(folded.slice(attributionStart, start))) return null;
  // …、E等五个方面的内容: what follows the last topic is no part of it.
  const text = folded.slice(start, end).replace(/等[^、]*$/, '');
  const parts: [number, number][] = [];
  let from = start;
  for (const piece of text.split('、')) {
    // “甲”、“乙”在会上作发言: each topic inside its quotation marks.
    let [a, b] = [from, from + piece.length];
    const closing = QUOTE_CLOSE[folded[a] ?? ''];
    const closes = closing ? folded.indexOf(closing, a + 1) : -1;
    if (closing && closes > a && closes < b) [a, b] = [a + 1, closes];
    while (b > a && QUOTE_MARK.test(folded[b - 1] ?? '')) b--;
    parts.push([a, b]);
    from += piece.length + 1;
  }
  return parts.length === speakers && parts.every(([a, b]) => b > a) ? parts : [];
}
