import { lexicon } from '../lexicon/lexicon';
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
  date: { month: number; day: number; year: number | null } | null;
  location: string | null;
  convenorEnd: number | null;
}

const KINDS = alternation(lexicon.meetingKinds);
const CONVENED = new RegExp(`(召开|举行|举办)([^，。；]{0,20}?)(${KINDS})`);
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const TOPIC = /(?:围绕|就|以)[「“"『]([^」”"』]{2,80})[」”"』]/;
const PLACE = /在(京|沪|穗|[\u3400-\u9fff]{2,6}?(?:省|市|区|县)?)(?=召开|举行|举办)/;
const CITY_SHORT: Record<string, string> = { 京: '北京', 沪: '上海', 穗: '广州', 津: '天津', 渝: '重庆', 港: '香港' };

function dateBefore(folded: string, at: number): MeetingFacts['date'] {
  let found: MeetingFacts['date'] = null;
  for (const m of folded.matchAll(DATE)) {
    if (m.index > at) break;
    found = { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
  }
  return found;
}

/**
 * The meeting a report is about: the first sentence that convenes one (全国政协在京召开远程协商会),
 * with its date (day and month from the same paragraph), place, topic and convenor.
 */
export function findMeeting(blocks: readonly Block[]): MeetingFacts | null {
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const f = block.folded;
    const m = CONVENED.exec(f);
    if (!m) continue;
    const kindStart = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const sentenceStart = Math.max(f.lastIndexOf('。', m.index) + 1, f.lastIndexOf('，', m.index) + 1);
    const head = f.slice(sentenceStart, m.index);
    const place = PLACE.exec(head);
    const topic = TOPIC.exec(f.slice(m.index));
    const topicStart = topic ? m.index + topic.index + topic[0].indexOf(topic[1] ?? '') : 0;
    const convenorEnd = head.indexOf('在') > 0 ? sentenceStart + head.indexOf('在') : null;
    return {
      block: block.index,
      start: sentenceStart,
      end: kindStart + (m[3]?.length ?? 0),
      kind: m[3] ?? '',
      kindStart,
      topic: topic ? [topicStart, topicStart + (topic[1]?.length ?? 0)] : null,
      date: dateBefore(f, m.index),
      location: place ? (CITY_SHORT[place[1] ?? ''] ?? place[1] ?? null) : null,
      convenorEnd,
    };
  }
  return null;
}

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)年/g;

/** The report's year when the meeting sentence has none: a dateline-like full date, or the latest year named. */
export function yearOf(blocks: readonly Block[], published: string | null): { year: number | null; inferred: boolean } {
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
