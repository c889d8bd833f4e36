import { perLexicon, type Lexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import { alternation } from './words';

export interface MeetingFacts {
  block: number;
  start: number;
  end: number;
  kind: string;
  /** Offsets of the kind in the block, for the name as written. */
  kindStart: number;
  topic: [number, number] | null;
  /** Month is null when the report gives only the day (3日下午): the publication date's month. */
  date: { month: number | null; day: number; year: number | null } | null;
  location: string | null;
  convenorEnd: number | null;
}

const patterns = perLexicon((lexicon) => {
  const kinds = alternation(lexicon.meetingKinds);
  return {
    convened: new RegExp(`(召开|举行|举办)([^，。；]{0,20}?)(${kinds})`),
    // 全国政协十四届常委会第八次会议在北京举行大会发言, 某会议正在此间举行, 某会议举行大会发言:
    // the meeting named before the verb.
    namedFirst: new RegExp(
      `([^，。；「」\\s]{2,30}?(?:第[一二三四五六七八九十\\d]+次(?:全体)?会议|${kinds}))(?:\\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:正)?(?:在(京|沪|穗|[\\u3400-\\u9fff]{2,6}?)|在此间)?(?:召开|举行|开幕|闭幕)`,
    ),
    kindAtEnd: new RegExp(`(?:${kinds}|会议)$`),
  };
});
const DATELINE = /^.*?\d{1,2}日(?:电|讯)?/;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const TOPIC = /(?:围绕|就|以)[「“"『]([^」”"』]{2,80})[」”"』]/;
const PLACE = /在(京|沪|穗|[\u3400-\u9fff]{2,6}?(?:省|市|区|县)?)(?=召开|举行|举办)/;
const CITY_SHORT: Record<string, string> = {
  京: '北京',
  沪: '上海',
  穗: '广州',
  津: '天津',
  渝: '重庆',
  港: '香港',
};

function dateNear(folded: string, at: number): MeetingFacts['date'] {
  let found: MeetingFacts['date'] = null;
  let foundEnd = -1;
  for (const m of folded.matchAll(DATE)) {
    if (m.index > at && found) break;
    found = { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
    foundEnd = m.index + m[0].length;
  }
  const from = Math.max(0, at - 12);
  const dayOnly = /(?<![\d月])(\d{1,2})日/.exec(folded.slice(from, at + 40));
  if (!found) return dayOnly ? { year: null, month: null, day: Number(dayOnly[1]) } : null;
  // 新华社北京8月21日电 某会议20日在京开幕: the day beside the meeting, after the dateline, is its day.
  const day = Number(dayOnly?.[1] ?? 0);
  if (dayOnly && from + dayOnly.index >= foundEnd && day !== found.day && day >= 1 && day <= 31) {
    const month = found.month === null ? null : day <= found.day ? found.month : found.month - 1;
    return { year: found.year, month: month === 0 ? 12 : month, day };
  }
  return found;
}

function convened(block: Block, lexicon: Lexicon): MeetingFacts | null {
  const f = block.folded;
  const m = patterns(lexicon).convened.exec(f);
  if (!m) return null;
  const kindStart = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const sentenceStart = Math.max(
    f.lastIndexOf('。', m.index) + 1,
    f.lastIndexOf('，', m.index) + 1,
  );
  const head = f.slice(sentenceStart, m.index);
  const place = PLACE.exec(head + (m[1] ?? ''));
  const topic = TOPIC.exec(f.slice(m.index));
  const topicStart = topic ? m.index + topic.index + topic[0].indexOf(topic[1] ?? '') : 0;
  // The convenor is the subject before the place or the date: 全国政协6月14日在京召开.
  const subject = /^(.+?)(?:\d{1,2}月\d{1,2}日|\d{1,2}日|在|$)/.exec(head)?.[1] ?? '';
  return {
    block: block.index,
    start: sentenceStart,
    end: kindStart + (m[3]?.length ?? 0),
    kind: m[3] ?? '',
    kindStart,
    topic: topic ? [topicStart, topicStart + (topic[1]?.length ?? 0)] : null,
    date: dateNear(f, m.index),
    location: place ? (CITY_SHORT[place[1] ?? ''] ?? place[1] ?? null) : null,
    convenorEnd: subject.length >= 2 ? sentenceStart + subject.length : null,
  };
}

function namedFirst(block: Block, lexicon: Lexicon): MeetingFacts | null {
  const f = block.folded;
  const m = patterns(lexicon).namedFirst.exec(f);
  if (!m?.[1]) return null;
  // 中新社北京6月18日电 全国政协…会议: a dateline before the name is not part of it.
  const dateline = DATELINE.exec(m[1])?.[0].length ?? 0;
  const name = m[1].slice(dateline);
  const at = m.index + dateline;
  const topic = TOPIC.exec(f.slice(m.index));
  const topicStart = topic ? m.index + topic.index + topic[0].indexOf(topic[1] ?? '') : 0;
  const place = m[2] ?? '';
  return {
    block: block.index,
    start: at,
    end: at + name.length,
    kind: patterns(lexicon).kindAtEnd.exec(name)?.[0] ?? '会议',
    kindStart: at,
    topic: topic ? [topicStart, topicStart + (topic[1]?.length ?? 0)] : null,
    date: dateNear(f, m.index),
    location: CITY_SHORT[place] ?? (place || null),
    convenorEnd: null,
  };
}

/**
 * The meeting a report is about: the first sentence that convenes one (全国政协在京召开远程协商会,
 * or …第八次会议在北京举行), with its date (the nearest day and month before it in the same
 * paragraph), place, topic and convenor.
 */
export function findMeeting(blocks: readonly Block[], lexicon: Lexicon): MeetingFacts | null {
  let first: MeetingFacts | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const found = convened(block, lexicon) ?? namedFirst(block, lexicon);
    if (!found) continue;
    // A headline-like first mention has no date; the report's next mention of a meeting gives it.
    if (!first) first = found;
    if (found.date) return first === found ? found : { ...first, date: found.date };
  }
  return first;
}

const N = '[一二三四五六七八九十百零〇\\d]+';
// A place before 政协 holds no word that ends a clause's lead (…日上午, 召开的, 在).
const PLACE_BEFORE =
  '[^\\s\\d，。；：、的在于日和是了与及「」“”《》()（）,.:;!?]{2,9}?(?:省|市|区|县|州|盟|旗)';
// The sittings of a session: its groups, its opening and closing, its speeches.
const SITTINGS =
  '小组讨论|分组讨论|联组讨论|联组会议?|小组会议?|分组会议?|开幕会|闭幕会|大会发言|座谈会';
const BODY = `(?:中国人民政治协商会议|(?:${N}届)?全国政协|(?:${PLACE_BEFORE})?政协)`;
// 全国政协十三届二次会议, 政协某县第十四届五次会议第二次全体会议, 某省政协十二届常委会第八次会议,
// …会议某界别小组讨论, 十四届全国政协第二十四次双周协商座谈会: a session or sitting named by its
// numbers, with no verb that convenes it (headlines and reports of a session's groups).
const SESSION = new RegExp(
  `${BODY}[^\\s，。；：、「」“”《》()（）,.:;!?]{0,8}?(?:第?${N}届(?:[^\\s，。；：、]{0,10}?委员会)?(?:常委会|常务委员会)?第?${N}次(?:全体|常委|常务委员会)?会议(?:第${N}次全体会议|[^\\s\\d，。；：、的在了「」“”]{0,10}?(?:${SITTINGS}))?|第${N}次双周协商座谈会)`,
);

const SESSION_KIND = new RegExp(`(?:${SITTINGS}|双周协商座谈会|全体会议|会议)$`);
const SESSION_LEAD = /^.*(?:出席了?|参加了?|列席了?|从|报道|消息|】|\]|讯)/;

/**
 * A session named by its numbers anywhere in the report (全国政协十三届二次会议澳门小组讨论),
 * for a report that convenes no meeting in so many words: its first mention, with the date near it.
 */
export function sessionNamed(blocks: readonly Block[]): MeetingFacts | null {
  for (const block of blocks) {
    const f = block.folded;
    const m = SESSION.exec(f);
    if (!m) continue;
    // 我市出席省政协…, 主席某某参加某市政协…, 【本报消息】…: the lead before the body is no part of it.
    const lead = SESSION_LEAD.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(lead);
    const at = m.index + lead;
    const kind = SESSION_KIND.exec(name)?.[0] ?? '会议';
    return {
      block: block.index,
      start: at,
      end: at + name.length,
      kind,
      kindStart: at,
      topic: null,
      date: block.kind === 'heading' ? null : dateNear(f, at),
      location: null,
      convenorEnd: null,
    };
  }
  return null;
}

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)年/g;

/** The report's year when the meeting sentence has none: a dateline-like full date, or the latest year named. */
export function yearOf(
  blocks: readonly Block[],
  published: string | null,
): { year: number | null; inferred: boolean } {
  if (published) return { year: Number(published.slice(0, 4)), inferred: false };
  let latest: number | null = null;
  const now = new Date().getFullYear();
  for (const b of blocks) {
    for (const m of b.folded.matchAll(YEAR)) {
      const y = Number(m[1]);
      if (y <= now && (latest === null || y > latest)) latest = y;
    }
  }
  return { year: latest, inferred: latest !== null };
}
