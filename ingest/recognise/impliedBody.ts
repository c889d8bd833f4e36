import type { Component } from '../pipeline/component';
import type { OrgMention } from './organisations';
import { SHORT_FORM } from './shortForms';
import { ownPlaceStart } from './ownPlace';

// Posts of a consultative body that a report gives bare (某某常委, 委员某某, 副主席某某).
const BODY_POSTS = new Set([
  '委员',
  '常委',
  '政协委员',
  '政协常委',
  '主席',
  '副主席',
  '秘书长',
  '副秘书长',
  '常务主席',
]);
// A chair of the body's plenary session (大会执行主席, 第二次全体会议执行主席) holds the post in the body itself; a
// meeting's (会议执行主席) is left without one.
const SESSION_CHAIR = (org: string, post: string): boolean =>
  post === '执行主席' && /^(?:|大会|(?:第[一二三四五六七八九十]+次)?全体会议)$/.test(org);
const CONSULTATIVE_BODY = /政协$/;
const LEVELLED = /(?:全国|[省市区县州旗])政协$/;

/** 河北省政协 and 省政协 are one body written two ways. */
// 广东政协 and 广东省政协 are one body too: the level is left out in speech.
const unlevelled = (key: string): string => key.replace(/[省市区县]政协$/, '政协');
const sameBody = (a: string, b: string): boolean =>
  a === b ||
  (SHORT_FORM.test(a) && b.endsWith(a)) ||
  (SHORT_FORM.test(b) && a.endsWith(b)) ||
  (a.length > 4 && b.length > 4 && unlevelled(a) === unlevelled(b));

/**
 * The consultative body the report is about, in the form the report writes it most often:
 * the first 政协 it names (全国政协, 河北省政协), and of its forms (河北省政协, 省政协) the
 * commonest, since that is how a reader of the report would name the body of a bare post.
 */
function reportBody(bodies: readonly OrgMention[]): OrgMention | undefined {
  const sorted = [...bodies].sort((a, b) => a.block - b.block || a.start - b.start);
  const first = sorted[0];
  if (!first) return undefined;
  const all = sorted.filter((o) => sameBody(o.key, first.key));
  // 中山市政协 over the colloquial 中山政协: a form that names the body's level, where one does.
  const levelled = all.filter((o) => LEVELLED.test(o.key));
  const forms = levelled.length > 0 ? levelled : all;
  // Counted once each: a long report names its body thousands of times.
  const counts = new Map<string, number>();
  for (const o of forms) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  const count = (key: string): number => counts.get(key) ?? 0;
  return forms.reduce((best, o) => (count(o.key) > count(best.key) ? o : best), first);
}

/**
 * A bare 常委, 委员 or 副主席, before or after a name, is a post in the consultative body the
 * report is about (全国政协, 市政协). Without one, the post stays without a body.
 */
export const impliedBody: Component = {
  name: 'implied-body',
  run(doc) {
    const bodies: OrgMention[] = [...doc.organisations, ...titleBodies(doc)].filter(
      (o) => o.key.length > 2 && CONSULTATIVE_BODY.test(o.key),
    );
    const body = reportBody(bodies);
    if (!body) return;
    // Named by its own place (浙江省|丽水市政协), as its members are said to belong to it.
    const written = doc.blocks[body.block]?.folded.slice(body.start, body.end) ?? '';
    const own = ownPlaceStart(written, '政协', doc.lexicon);
    const at = { block: body.block, start: body.start + own, end: body.end };
    for (const m of doc.mentions) {
      for (const title of [...m.titles, ...(m.trailing ? [m.trailing] : [])]) {
        const org = doc.blocks[m.block]?.folded.slice(title.orgStart, title.orgEnd);
        // A bare post, or 政协委员 with no place: the same body.
        if (org === undefined) continue;
        const bare = org === '' && BODY_POSTS.has(title.post);
        if (bare || org === '政协' || SESSION_CHAIR(org, title.post)) title.body = at;
      }
    }
  },
};

function titleBodies(doc: Parameters<Component['run']>[0]): OrgMention[] {
  return doc.mentions.flatMap((m) =>
    m.titles.map((t) => ({
      block: m.block,
      start: t.orgStart,
      end: t.orgEnd,
      key: doc.blocks[m.block]?.folded.slice(t.orgStart, t.orgEnd) ?? '',
      source: 'title' as const,
    })),
  );
}
