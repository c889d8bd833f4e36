import type { Block } from '../normalise/block';
import { sentences, type Sentence } from '../normalise/sentences';
import type { Mention, Role } from '../recognise/mention';
import type { Lexicon } from '../lexicon/lexicon';
import type { OrgMention } from '../recognise/organisations';
import { roleRules } from '../recognise/role';
import { words } from '../recognise/words';
import { byBlock } from '../doc/byBlock';
import { firstIndex } from '../doc/firstIndex';

/** A clause with the person whose words it reports (or null), and where the content begins. */
export interface Turn {
  /** A sentence, or the clause of one that a second speaker's attribution opens. */
  sentence: Sentence;
  speaker: string | null;
  /** The speech mention inside this clause, when the clause names its speaker. */
  attribution: { mention: Mention; role: Role } | null;
  /** Where the reported words begin: after the attribution (甲表示，| 她还指出，|). */
  contentStart: number;
  /** Where they end: the clause's end, or a speech title's closing bracket. */
  contentEnd: number;
  /** Speakers named with the speaker, who say the same (甲、乙表示: 甲). */
  coSpeakers: string[];
  /** A group that speaks as one, as the report names it (委员们表示，…): no person's words. */
  collective: string | null;
  /** A body that speaks (民革中央建议，…): its words, not a member's. */
  body: OrgMention | null;
  section: string | null;
}

type RoleOf = ReturnType<typeof roleRules>['roleOf'];

// Between a clause's start and the next speaker's name: 而, 同时, 此外 (…，而乙认为).
const CLAUSE_LEAD = /^(?:而|同时|此外|另外|对此)?$/;
const JOINS_CLAUSES = /以及$/;
const TOPIC = /^(?:就|围绕|聚焦|针对)/;

/**
 * A sentence cut where a second speaker's attribution opens a clause (甲表示，应…，乙则认为，要…):
 * each clause gets its own speaker. The cut is the comma before the later name.
 */
function clauses(
  s: Sentence,
  folded: string,
  mentions: readonly Mention[],
  roleOf: RoleOf,
  endsWithPost: (text: string) => boolean,
): Sentence[] {
  const cuts: number[] = [];
  for (const m of mentions) {
    if (m.block !== s.block || m.start <= s.start || m.nameEnd > s.end) continue;
    const role = roleOf(folded, m);
    if (!role.speaks) continue;
    // 甲《…》的提案以及乙《…》的提案: a conjunction between two attributions cuts like a comma.
    const joined = JOINS_CLAUSES.exec(folded.slice(Math.max(s.start, m.start - 2), m.start));
    if (joined && m.start - joined[0].length > s.start) {
      cuts.push(m.start - joined[0].length);
      continue;
    }
    // 甲委员就A、乙委员就B: a list of speakers each with a topic cuts at the list mark.
    const after = m.trailing ? m.trailing.end : m.nameEnd;
    // 甲提交的A的建议、乙提交的B的建议: so does a list of proposals each named after its author,
    // and one of speeches each with its title (甲委员代表某党派作“A”、乙委员作“B”).
    const named = /^(?:提交|撰写|领衔提交)的/.test(folded.slice(after, after + 5));
    const titled =
      role.contentEnd !== undefined && !folded.slice(after, role.contentStart).includes('分别');
    // Not a list of names sharing one title: 甲、乙等委员提交的《…》 is one proposal of both.
    const sharesTitle = mentions.some(
      (x) => x !== m && x.start < m.start && x.trailing?.start === m.trailing?.start,
    );
    if (
      folded[m.start - 1] === '、' &&
      !(m.trailing && sharesTitle) &&
      (named || titled || TOPIC.test(folded.slice(after, after + 2)))
    ) {
      cuts.push(m.start);
      continue;
    }
    let comma = m.start - 1;
    while (comma > s.start && folded[comma] !== '，' && folded[comma] !== ',') comma--;
    if (comma <= s.start || !CLAUSE_LEAD.test(folded.slice(comma + 1, m.start))) continue;
    // 省政协委员，民盟某委常委王佳提出…: a title before the comma is the next speaker's too.
    for (;;) {
      let before = comma - 1;
      while (before > s.start && folded[before] !== '，' && folded[before] !== ',') before--;
      const piece = folded.slice(before > s.start ? before + 1 : s.start, comma);
      if (!endsWithPost(piece)) break;
      if (before <= s.start) {
        comma = s.start - 1;
        break;
      }
      comma = before;
    }
    if (comma < s.start) continue;
    cuts.push(comma + 1);
  }
  if (cuts.length === 0) return [s];
  const bounds = [s.start, ...cuts, s.end];
  // A clause ends before the comma that opens the next speaker's.
  const endOf = (i: number): number => {
    const end = bounds[i + 1] ?? s.end;
    return i < bounds.length - 2 && /[，,、]/.test(folded[end - 1] ?? '') ? end - 1 : end;
  };
  return bounds.slice(0, -1).map((start, i) => ({
    ...s,
    start,
    end: endOf(i),
    opensQuote: i === 0 && s.opensQuote,
    closesQuote: i === bounds.length - 2 && s.closesQuote,
  }));
}

// 他表示，| 她还指出，| 建议：|: a pronoun carrying the turn (or none), then the speech verb.
const PRONOUN = /^(?:他|她|其)(?:还|也|同时|则|又|进一步|并|再次)?/;

/** A pronoun and its speech verb at `at` (他建议，| 她还指出): the pronoun and where the words begin. */
function pronounVerb(
  folded: string,
  at: number,
  speechVerb: (t: string, at: number) => string,
): { pronoun: string; content: number } | null {
  const pronoun = PRONOUN.exec(folded.slice(at, at + 6))?.[0] ?? '';
  const verb = pronoun ? speechVerb(folded, at + pronoun.length) : '';
  if (!verb) return null;
  const after = at + pronoun.length + verb.length;
  return { pronoun, content: /[，：:,]/.test(folded[after] ?? '') ? after + 1 : after };
}

/** 甲首先发言，他建议…: past a pronoun's speech that restates the speaker, when one opens the words. */
const pastPronounSpeech = (
  folded: string,
  at: number,
  speechVerb: (t: string, at: number) => string,
): number => pronounVerb(folded, at, speechVerb)?.content ?? at;

// 为此，她建议… | 在普及率已达97.5%的基础上，他建议…: one clause of circumstance, then a pronoun's speech.
const LEAD_THEN_PRONOUN =
  /^[^，。；,;「“」”]{1,40}[，,](?=(?:他|她)(?:还|也|同时|则|又|进一步|并|再次)?)/;

/**
 * Where a pronoun's speech opens the sentence, or follows one clause of circumstance: the
 * pronoun's offset and where the words begin; null when the sentence has none.
 */
function pronounSpeech(
  folded: string,
  s: Sentence,
  speechVerb: (t: string, at: number) => string,
): { pronounAt: number; content: number } | null {
  const lead = LEAD_THEN_PRONOUN.exec(folded.slice(s.start, s.end))?.[0].length ?? 0;
  const at = s.start + lead;
  const spoken = pronounVerb(folded, at, speechVerb);
  return spoken && /^[他她]/.test(spoken.pronoun)
    ? { pronounAt: at, content: spoken.content }
    : null;
}

function pronounContent(
  folded: string,
  s: Sentence,
  speechVerb: (t: string, at: number) => string,
): number {
  const pronoun = PRONOUN.exec(folded.slice(s.start, s.start + 6))?.[0] ?? '';
  const verb = speechVerb(folded, s.start + pronoun.length);
  if (!verb) return s.start;
  const after = s.start + pronoun.length + verb.length;
  const punctuated = /[，：:,]/.test(folded[after] ?? '');
  // Without a pronoun only 建议：… is an attribution; 建议明确… is the recommendation itself.
  if (!pronoun && !punctuated) return s.start;
  return punctuated ? after + 1 : after;
}

const MEMBER_POST = /(?:委员|常委)$/;
/** Is the mention titled a member (委员, 政协常委), not an official or a leader? */
const isMember = (m: Mention): boolean =>
  m.titles.some((t) => MEMBER_POST.test(t.post)) || MEMBER_POST.test(m.trailing?.post ?? '');

/** The person named last before `at` in a paragraph, after `after`; null when none is. */
function lastNamedBefore(local: readonly Mention[], at: number, after: number): Mention | null {
  let last: Mention | null = null;
  for (const m of local) if (m.nameEnd <= at && m.start > after) last = m;
  return last;
}

// 甲委员率先登台，为某产业开出“药方”：建议…; 甲委员在发言时讲述了…，建议…: a clause that
// opens with a recommending verb, later in a sentence a member opens.
const LATER_RECOMMENDS = /[，,：:](?:并|还)?(?:建议|呼吁|提议)(?![的了])[，,：:]?/;
const SUBJECT_LEAD = 12;

/**
 * The member a sentence opens with, as the speaker of a later clause that recommends (…，建议…),
 * when no other person is named between; null otherwise.
 */
function subjectSpeech(
  s: Sentence,
  folded: string,
  mentions: readonly Mention[],
): Turn['attribution'] {
  const first = mentions.find((m) => m.block === s.block && m.start >= s.start);
  if (!first || first.start - s.start > SUBJECT_LEAD || !isMember(first)) return null;
  const after = first.trailing ? first.trailing.end : first.nameEnd;
  const later = LATER_RECOMMENDS.exec(folded.slice(after, s.end));
  if (!later) return null;
  const at = after + later.index;
  if (mentions.some((m) => m !== first && m.start > first.start && m.start < at)) return null;
  return {
    mention: first,
    role: { speaks: true, chairs: false, contentStart: at + later[0].length },
  };
}

// A paragraph that carries the turn: a quote, a pronoun, a connective, a recommendation, the
// next of numbered points (其次，…; 二是…), or a point set off by a dash or a bullet (——…).
const CONTINUES =
  /^(?:[「“『]|——|[●•■◆]|他|她|在他看来|在她看来|同时|此外|另外|与此同时，(?=.*(?:应|要|建议))|他还|她还|还|并|建议|应|要|需要|其次|再次|第[二三四五六七八九十][，,、]|[二三四五六七八九十]是)/;

function speechIn(
  s: Sentence,
  folded: string,
  mentions: readonly Mention[],
  roleOf: RoleOf,
): Turn['attribution'] {
  for (const m of mentions) {
    if (m.block !== s.block || m.nameStart < s.start || m.nameEnd > s.end) continue;
    const role = roleOf(folded, m);
    if (role.speaks) return { mention: m, role };
  }
  return null;
}

function namedIn(s: Sentence, mentions: readonly Mention[]): Mention | null {
  return (
    mentions.find((m) => m.block === s.block && m.nameStart >= s.start && m.nameEnd <= s.end) ??
    null
  );
}

/** Is `s` only an attribution (「…」吴坚表示。): its content ends where the speech verb does? */
function isAttributionOnly(s: Sentence, attribution: Turn['attribution'], folded: string): boolean {
  if (!attribution) return false;
  return folded.slice(attribution.role.contentStart, s.end).replace(/[。！；\s]/g, '') === '';
}

/** The mentions (sorted by name) whose names start in [start, end), found by binary search. */
function mentionsIn(sorted: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (
    let i = firstIndex(sorted.length, (j) => (sorted[j]?.nameStart ?? 0) < start);
    i < sorted.length && (sorted[i]?.nameStart ?? end) < end;
    i++
  ) {
    const m = sorted[i];
    if (m) out.push(m);
  }
  return out;
}

const SUBHEAD_COLON = /^[：:]/;
const JOINS_SPEAKERS = new Set(['、', '和', '与', '及']);

/** The names joined before a speaker's (甲、乙和丙表示: 甲, 乙), who speak with them. */
function coSpeakersOf(m: Mention, mentions: readonly Mention[], folded: string): string[] {
  const out: string[] = [];
  for (let at = m.start; JOINS_SPEAKERS.has(folded[at - 1] ?? '');) {
    const before = mentions.find(
      (x) => x !== m && (x.trailing ? x.trailing.end : x.nameEnd) === at - 1,
    );
    if (!before || before.key === m.key) break;
    out.unshift(before.key);
    at = before.start;
  }
  // 甲和乙常委在联合发言中建议: names that share the title after the list speak together.
  for (const x of mentions) {
    const shared = x.trailing && m.trailing && x.trailing.start === m.trailing.start;
    if (x !== m && shared && x.key !== m.key && !out.includes(x.key)) out.push(x.key);
  }
  return out;
}

/** Where the words begin after a subhead's name and colon. */
const subheadEnd = (m: Mention): number => (m.trailing ? m.trailing.end : m.nameEnd) + 1;

/** The person a block opens with, before a colon (严晓远：关于…; 某某:), or null. */
function subheadSpeaker(block: Block, mentions: readonly Mention[]): Mention | null {
  const first = mentions.find((m) => m.start === 0);
  if (!first) return null;
  const after = first.trailing ? first.trailing.end : first.nameEnd;
  return SUBHEAD_COLON.test(block.folded.slice(after, after + 1)) ? first : null;
}

/**
 * A line that announces a speech and ends with a colon (甲提出三点建议：), set apart as a heading:
 * its speaker holds the turn over the points below, as a subhead's does.
 */
function announcingSpeaker(
  block: Block,
  mentions: readonly Mention[],
  roleOf: RoleOf,
): Mention | null {
  if (block.kind !== 'heading' || !/[：:]$/.test(block.folded.trim())) return null;
  const first = mentions[0];
  return first && roleOf(block.folded, first).speaks ? first : null;
}

/** Where the words begin after a speech verb ending at `at`: past its comma or colon. */
const pastPunctuation = (text: string, at: number): number =>
  /[，：:,]/.test(text[at] ?? '') ? at + 1 : at;

// 委员们纷纷表示, 大家一致认为: adverbs between a group and its verb.
const GROUP_SPEAKER = /们$|^大家/;
const GROUP_ADVERBS = /^(?:一致|纷纷|普遍|还|也|都|则|同时)*/;
// 委员们, 港区委员们: a plural group; 我们 and 他们 are the speaker's own voice or the last speakers.
// Not 要吸纳委员们…: a verb or modal before the group makes it an object, not a subject.
const PLURAL_SUBJECT =
  /^(?!我们|咱们|他们|她们)(?![^们]*?(?:要|应|把|让|请|吸纳|听取|感谢|希望))[\u3400-\u9fff]{0,8}?们/;

/** Where a group's speech begins (委员们一致认为，|…), or null when the sentence is no group's speech. */
function groupSpeech(
  text: string,
  groupSubjects: RegExp,
  speechVerb: (t: string, at: number) => string,
): { subject: string; content: number } | null {
  const subject = (groupSubjects.exec(text) ?? PLURAL_SUBJECT.exec(text))?.[0];
  // Members speaking as one (委员们, 大家); a meeting's own words (会议要求) are no group's speech.
  if (!subject || !GROUP_SPEAKER.test(subject)) return null;
  const at = subject.length + (GROUP_ADVERBS.exec(text.slice(subject.length))?.[0].length ?? 0);
  const verb = speechVerb(text, at);
  if (!verb) return null;
  const end = at + verb.length;
  // 委员们提出的意见建议: a verb before 的 modifies a noun; nobody speaks.
  if (text[end] === '的') return null;
  const content = pastPunctuation(text, end);
  // 委员们表示。: nothing said.
  return /^[。！；\s」”]*$/.test(text.slice(content)) ? null : { subject, content };
}

// The longest lead before a body that opens a clause (同时，| 此外，).
const MAX_LEAD = 3;

/**
 * The bodies that open the clause, after a connective at most (同时，九三学社…). Sorted by start:
 * only those are read, so a long paragraph's many sentences do not each walk all its
 * organisations.
 */
function* openingBodies(
  s: Sentence,
  folded: string,
  organisations: readonly OrgMention[],
): Generator<OrgMention> {
  for (
    let i = firstIndex(organisations.length, (j) => (organisations[j]?.start ?? 0) < s.start);
    i < organisations.length && (organisations[i]?.start ?? s.end) <= s.start + MAX_LEAD;
    i++
  ) {
    const o = organisations[i];
    if (!o || o.block !== s.block || o.end > s.end) continue;
    if (CLAUSE_LEAD.test(folded.slice(s.start, o.start).replace(/[，,]$/, ''))) yield o;
  }
}

/** A body named at the clause's start, then its speech (民革中央建议，…; 同时，九三学社提出…). */
function bodySpeech(
  s: Sentence,
  folded: string,
  organisations: readonly OrgMention[],
  speechVerb: (t: string, at: number) => string,
): { body: OrgMention; content: number } | null {
  for (const o of openingBodies(s, folded, organisations)) {
    const verb = speechVerb(folded, o.end);
    if (verb) return { body: o, content: pastPunctuation(folded, o.end + verb.length) };
  }
  return null;
}

// 市交委负责人现场表示, 有关部门相关负责同志回应: an unnamed official of a body.
const OFFICIAL_OF =
  /^(?:有关|相关)?(?:部门)?(?:主要|相关|有关)?负责(?:人|同志)(?:现场|也|还|则|当即|随即)?/;

/** Does the clause open with an unnamed official's speech (对此，市交委负责人表示)? Nobody named speaks. */
function officialSpeech(
  s: Sentence,
  folded: string,
  organisations: readonly OrgMention[],
  speechVerb: (t: string, at: number) => string,
): boolean {
  for (const o of openingBodies(s, folded, organisations)) {
    const official = OFFICIAL_OF.exec(folded.slice(o.end, o.end + 12));
    if (official && speechVerb(folded, o.end + official[0].length)) return true;
  }
  return false;
}

/**
 * Walks the report paragraph by paragraph and decides who is speaking in each sentence: a
 * named speaker, carried over to the following sentences and to a following paragraph that
 * opens with a quote, a pronoun or a recommendation; a quote's speaker named after it; a
 * heading or a narrative paragraph ends the turn.
 */
export function turns(
  blocks: readonly Block[],
  mentions: readonly Mention[],
  lexicon: Lexicon,
  organisations: readonly OrgMention[] = [],
): Turn[] {
  const { roleOf } = roleRules(lexicon);
  const { groupSubjects, speechVerb } = words(lexicon);
  const endsWithPost = (text: string): boolean => lexicon.posts.some((p) => text.endsWith(p));
  const out: Turn[] = [];
  let speaker: string | null = null;
  // Who spoke with the speaker, for as long as the same speaker's turn lasts.
  let co: { speaker: string; names: string[] } | null = null;
  // A subhead that names the speaker (甲：关于…的建议) holds the turn to the next heading.
  let bySubhead = false;
  let section: string | null = null;
  // The last paragraph ended with a colon (甲提出三点建议：): the next one is what it announced.
  let announced = false;
  // The block before was a heading that named the speaker (民革某市委会代表甲：).
  let speakerHead = false;
  const mentionsOf = byBlock(mentions);
  const organisationsOf = byBlock([...organisations].sort((a, b) => a.start - b.start));
  for (const block of blocks) {
    const headed =
      subheadSpeaker(block, mentionsOf(block.index)) ??
      announcingSpeaker(block, mentionsOf(block.index), roleOf);
    if (block.kind === 'heading') {
      // 甲：, then the title of the speech: the speaker's subhead still holds the turn.
      const titleOfSpeech = headed === null && speakerHead;
      if (!titleOfSpeech) speaker = headed?.key ?? null;
      bySubhead = headed !== null || titleOfSpeech;
      speakerHead = headed !== null;
      section = block.text;
      continue;
    }
    speakerHead = false;
    if (block.kind !== 'paragraph') continue;
    const f = block.folded;
    const carried = announced;
    announced = /[：:]\s*$/.test(f);
    const local = mentionsOf(block.index);
    // Each sentence looks only at the mentions inside it: a block may be one long paragraph.
    const inside = (s: Sentence): Mention[] => mentionsIn(local, s.start, s.end);
    const ss = sentences(block).flatMap((s) => clauses(s, f, inside(s), roleOf, endsWithPost));
    // Where in this paragraph the speaker was named (-1: before it).
    let speakerAt = -1;
    if (headed) {
      speaker = headed.key;
      bySubhead = true;
    } else if (!CONTINUES.test(f) && !bySubhead && !carried) speaker = null;
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i];
      if (!s) continue;
      const text = f.slice(s.start, s.end);
      if (s.opensQuote && !s.inQuote) {
        // A quotation first, its speaker after it: look past the closing quote.
        let j = i;
        while (j < ss.length && !ss[j]?.closesQuote) j++;
        const after = ss[j + 1];
        // “…”和甲一样，乙委员的建议也…: the speaker may stand in a later clause of the sentence
        // than the first person named after the quote.
        const next = ss[j + 2];
        const sameSentence =
          after && next && next.start - after.end <= 1 && !/[。！？]/.test(f[after.end] ?? '');
        const named = after
          ? (speechIn(after, f, inside(after), roleOf)?.mention ??
            (sameSentence ? speechIn(next, f, inside(next), roleOf)?.mention : undefined) ??
            namedIn(after, inside(after)))
          : null;
        if (named && after && f.slice(after.start, after.end).length < 120 && !after.opensQuote)
          speaker = named.key;
      }
      const attribution = speechIn(s, f, inside(s), roleOf) ?? subjectSpeech(s, f, inside(s));
      // 张某委员直指…难题。为此，她建议…: when no one holds the turn, a pronoun's speech is the
      // person last named before it in the paragraph.
      const byPronoun = attribution ? null : pronounSpeech(f, s, speechVerb);
      if (byPronoun) {
        const named = lastNamedBefore(local, byPronoun.pronounAt, speakerAt);
        // A turn carried into this paragraph yields to a member named in it (…成为乙委员的履职焦点。
        // …，他建议…); one taken in this paragraph holds (甲表示，…某主席的讲话…。他指出…).
        const yields = speaker === null || (speakerAt < 0 && named !== null && isMember(named));
        if (named && yields && named.key !== speaker) {
          speaker = named.key;
          speakerAt = named.start;
          bySubhead = false;
          co = null;
        }
      }
      // A group's speech (委员们表示) or a body's (民革中央建议) is no person's: it ends the turn.
      const group = attribution ? null : groupSpeech(text, groupSubjects, speechVerb);
      const body = attribution ? null : bodySpeech(s, f, organisationsOf(block.index), speechVerb);
      if (attribution) {
        if (attribution.mention.key !== speaker) bySubhead = false;
        speaker = attribution.mention.key;
        speakerAt = attribution.mention.start;
        co = { speaker, names: coSpeakersOf(attribution.mention, inside(s), f) };
      } else if (
        group ||
        body ||
        officialSpeech(s, f, organisationsOf(block.index), speechVerb) ||
        groupSubjects.test(text) ||
        /^[\u3400-\u9fff]{0,8}们(?:表示|认为|坚信|一致认为)/.test(text)
      )
        speaker = null;
      if (group || body) {
        out.push({
          sentence: s,
          speaker: null,
          attribution: null,
          contentStart: group ? s.start + group.content : (body?.content ?? s.start),
          contentEnd: s.end,
          coSpeakers: [],
          collective: group?.subject ?? null,
          body: body?.body ?? null,
          section,
        });
        continue;
      }
      const only = isAttributionOnly(s, attribution, f);
      out.push({
        sentence: s,
        speaker: only ? null : speaker,
        attribution: only ? null : attribution,
        contentStart: attribution
          ? pastPronounSpeech(f, attribution.role.contentStart, speechVerb)
          : headed && s.start === 0
            ? subheadEnd(headed)
            : (byPronoun?.content ?? pronounContent(f, s, speechVerb)),
        contentEnd: attribution?.role.contentEnd ?? s.end,
        coSpeakers: co && co.speaker === speaker && !only ? co.names : [],
        collective: null,
        body: null,
        section,
      });
    }
    // …记者某某民革某市委会代表甲：: a speaker's subhead run into the line before it.
    const subhead = endingSubhead(block, local);
    if (subhead) {
      speaker = subhead.key;
      bySubhead = true;
      speakerHead = true;
    }
  }
  return out;
}

/** The speaker a paragraph ends by naming before a colon (…代表甲：), as a subhead does. */
function endingSubhead(block: Block, mentions: readonly Mention[]): Mention | null {
  const last = mentions[mentions.length - 1];
  if (!last) return null;
  const after = last.trailing ? last.trailing.end : last.nameEnd;
  return /^[：:]\s*$/.test(block.folded.slice(after)) ? last : null;
}
