import { perLexicon, type Lexicon } from '../lexicon/lexicon';
import { alternation } from '../recognise/words';

// Connectives and manner adverbs that may open a recommending clause before its verb.
// 能否也出台…。: a polite question that ends as a statement asks for it; 他希望…: the speaker
// named again before the wish.
const OPENERS =
  /^(?:(?:他|她|我|我们)(?:还|也)?(?=希望|建议|呼吁|倡议)|能否|能不能|可否|是否可以|是否能|同时|此外|另外|另一方面|一方面|其次|首先|最后|再者|而且|并且|并|还要|还|也要|也|更要|更|同样|进而|进一步|[一二三四五六七八九十]是|第[一二三四五六七八九十]|有序|积极|大力|全面|切实|持续|着力|稳步|尽快|努力|充分|主动|深入|重点|加紧|继续|不断|统一|科学|合理|精准|系统|整体|适度|逐步|因地制宜地?|多措并举|多管齐下|在此基础上)+/;
const markerAtStart = perLexicon(
  (lexicon) => new RegExp(`^(?:${alternation(lexicon.recommendMarkers)})`),
);
// Modal words anywhere in a clause, with the words they hide in excluded (重要, 应用, 要素).
// 建议 after 意见 or 听取 is a noun (听取意见建议), and so is one that is received (这些提案和建议得到了
// 重视): nobody recommends there.
const MODAL =
  /(?<!意见|意见和|意见与|听取|征求|提案和|提案、)建议(?!得到|受到|引起)|不能让|不要让|不宜|切勿|应当|应该|必须|务必|亟需|亟待|呼吁|(?<![适供响反效对相回感顺])应(?![用对急邀])|(?<![重主必只首纪纲摘概显扼需想])要(?![素点求闻害务领件塞道冲])|需要/;
// 应疫情防控要求，…: 应 opens a phrase of compliance, not a modal.
const IN_RESPONSE = /^应[^，；。]{1,12}(?:要求|邀请|之邀)$/;
const ASSESSED = /是(?!否)/;
const ASSESSES = /^(?:是(?!否)|有助于|有利于|将有助于|将有利于|对于?[^，；。]{0,12}具有)/;
const SUGGESTING_QUESTION = /能不能|可不可以|可否|能否|是否可以|是否能/;
const SEEN = /^可以(?:看到|看出|说|预见)/;
const RELATIVE = /(?:作出|做出|提出|确定|部署)的[\u3400-\u9fff]{1,6}$/;
// 让农民真正富裕起来: a causative opening the whole text asks for an outcome; after a clause
// (…，让澳门更好融入…) it states a result, and 让人… is an impression.
const CAUSATIVE = /^让(?!人)[\u3400-\u9fff]{4}/;
const RETROSPECTIVE = /以来|近年来|迈出|取得了|已经|已有|已逼近/;
// …关于粮食安全问题的两点思考, 推进某事的一些体会: a speech titled as reflections on a subject
// states thoughts, not what should be done.
// One title-like phrase only: 提高对国家发展的认识 at the end of a longer recommendation is none.
const REFLECTION =
  /^[^，,。；;]{2,40}的(?:[一两二三四五六七八九十几]点|一些|若干)?(?:思考|体会|感想|心得|感悟)[」”》]?$/;

/** Is this a speech's or a text's title as reflections on a subject (…的两点思考)? */
export function reflects(text: string): boolean {
  return REFLECTION.test(text.trim().replace(/[；;。，,]$/, ''));
}

/**
 * Does this sentence recommend action? Either a modal (建议, 应, 要, 需要 …) or a clause that
 * opens with an action verb (加快, 推动, 支持 …) not in the past (建立了). Questions and
 * retrospectives (…以来，…迈出坚实步伐) without a modal are assessments, not proposals.
 */
export function recommends(text: string, lexicon: Lexicon): boolean {
  // A point set off by a dash or a bullet (——加快…, ● 加快…) reads as the point alone.
  const body = text.trim().replace(/^(?:——|[●•■◆])\s*/, '');
  // A question is an assessment unless it asks whether something could be done (能不能…？).
  if (/[？?][」”]?$/.test(body)) return SUGGESTING_QUESTION.test(body);
  if (reflects(body)) return false;
  const clauses = body
    .split(/[，；：。！、,;:!]/)
    .map((c) => c.replace(/^[「『“」』”]+/, ''))
    .filter((c) => !IN_RESPONSE.test(c));
  // A clause of the recommending word alone (…，建议。, a report ending 要) is a text cut
  // short, not a proposal.
  if (clauses.every((c) => c === '' || /^(?:并|还|也)?(?:建议|要|应|应当|应该|需要|必须)$/.test(c)))
    return false;
  if (clauses.some((c) => MODAL.test(c))) return true;
  if (RETROSPECTIVE.test(body)) return false;
  // An action verb opens a recommendation at a clause's start, not inside a list (…，加快“甲、乙”作出的部署).
  const opening = body
    .split(/[，；：。！,;:!]/)
    .map((c) => c.replace(/^[「『“」』”]+/, ''))
    .filter((c) => !IN_RESPONSE.test(c));
  // 推进协同发展，是中央的重大部署 | 加快建设合作区，有助于…: the action is the subject of the
  // next clause's assessment.
  if (CAUSATIVE.test((opening[0] ?? '').replace(OPENERS, '')) && !ASSESSES.test(opening[1] ?? ''))
    return true;
  return opening.some(
    (c, i) => opensWithAction(c, lexicon) && !ASSESSES.test(opening[i + 1] ?? ''),
  );
}

/** Does a clause open with an action verb, not in the past, not the subject of an assessment? */
function opensWithAction(c: string, lexicon: Lexicon): boolean {
  const rest = c.replace(OPENERS, '');
  const m = markerAtStart(lexicon).exec(rest);
  if (m === null || rest[m[0].length] === '了' || rest.length <= m[0].length + 1) return false;
  // 加快某事是省委作出的部署, 可以看到…: the action is the subject of an assessment.
  // …，加快“建成支点”作出的重要部署: the action is inside a relative clause of a noun.
  const tail = rest.slice(m[0].length);
  return !ASSESSED.test(tail) && !SEEN.test(rest) && !RELATIVE.test(tail);
}

/**
 * Where the recommending part of a recommending sentence begins: the first clause with a modal
 * (应, 要, 需要, 建议 …), past the background before it (青少年的讯息可能不全面，|政协应该主动走入
 * 校园). An action verb alone does not cut: the clauses before it are more often its manner or
 * its means (以新型举国体制推进攻关，加快形成…) than background. 0 when nothing is cut.
 */
export function recommendingFrom(text: string, lexicon: Lexicon): number {
  const clause = /[^，；：,;:]+/g;
  // A connective alone (同时，应…) opens the recommendation; it is no background.
  let background = false;
  for (let m = clause.exec(text); m; m = clause.exec(text)) {
    const c = m[0].replace(/^[「『“」』”]+/, '');
    if (IN_RESPONSE.test(c)) continue;
    if (MODAL.test(c)) return background ? m.index : 0;
    if (!RETROSPECTIVE.test(c) && opensWithAction(c, lexicon)) return 0;
    if (c.replace(OPENERS, '') !== '') background = true;
  }
  return 0;
}
