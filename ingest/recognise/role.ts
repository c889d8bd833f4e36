import { perLexicon } from '../lexicon/lexicon';
import type { Mention, Role } from './mention';
import { alternation, words } from './words';

const QUOTE_AFTER_COLON = /^[\u3400-\u9fff]{2,8}?[：:](?=[“「『"])/;

/** The role rules of one lexicon: what a mention does in its sentence (speaks, chairs, speaks for). */
const CLOSING: Record<string, string> = { '《': '》', '“': '”', '「': '」', '"': '"' };
// 甲一共提交了三个提案，分别为“…”: a count of proposals, then their titles; not 我提交的是X提案
// or 我带来的提案是X, which name the proposal itself.
const PROPOSALS_LISTED =
  /^[^，。；]{0,8}?(?:提交|递交|带来)了?(?:(?!的是)[^。；“「《]){0,16}?(?:提案|建议|议案)(?!是)[^。；“「《]{0,8}?(?:分别(?:为|是))?[：:，,]?/;

// 甲委员作了关于X的发言, 甲委员作了发展城市公共交通的发言: a speech named by its subject.
const ABOUT_SPEECH = /^(?:[，,])?(?:在会上|向大会)?作了?(?:题为)?(?:关于)?(?=[^。；;！？，,]{4})/;
// Where the subject of 作了关于…的发言 ends: before 的发言, within its clause.
const ABOUT_END = /^[^。；;！？，,]*?(?=的(?:大会|专题|书面|口头)?发言)/;
// 甲等委员提交的《…》: the first of several authors, the rest unnamed.
const AUTHORED =
  /^(?:等(?:[\d一二三四五六七八九十]+[名位])?(?:委员|常委|代表))?(?:提出|提交|撰写|领衔提交)?的?《/;
const SUBMITTED =
  /^(?:提交的|撰写的|领衔提交的|汇报了?)(?:关于)?([^。；;《“「]{4,60}?)的(?:建议|提案)(?=[、，。；,;共等（(]|$)/;

export const roleRules = perLexicon((lexicon) => {
  // Between a name and its speech verb the genre puts adverbs, the venue and the link:
  // 钱为民在上海市政协分会场表示, 周亮，在某公司北京总部向大家介绍.
  const bridge =
    '(?:[，,])?(?:也|还|则|亦|都|又|更|同样|首先|率先|随后|接着|积极|特别|为此)?' +
    // 甲委员7日在某会议上发言时说: the day of the speech.
    '(?:[\\d一二三四五六七八九十]{1,3}日(?:上午|下午|晚间?)?|今天|昨天|今日|昨日|日前|近日)?' +
    `(?:在[^，。；「」]{0,24}?(?:${words(lexicon).venueWords}|发言中|会上|讲话中|发言时|采访时))?` +
    '(?:(?:在)?接受[^，。；「」]{0,8}?采访时|受访时|对记者)?' +
    // 甲向市城管委建议…: the body addressed, then the speech.
    '(?:通过视频(?:连线)?(?:方式)?)?(?:向(?:大家|与会者|记者|[^，。；「」、,;]{2,12}?))?(?:也|还|则|亦|都)?';
  // 王建远主席提出的目标: a verb before 的 modifies a noun; nobody speaks.
  // 发言建议, 发言时提出: a second verb says how; the words begin after both.
  const SPEECH = new RegExp(
    `^${bridge}(${alternation(lexicon.speechVerbs)})(?:(?:时|中)?(?:${alternation(lexicon.speechVerbs)}))?(?!的)了?`,
  );
  const CHAIR = new RegExp(`^${bridge}主持`);
  // 代表民革中央发言, 代表民进中央提出…, 代表某委员会向大会报告工作时表示, 代表社省委在某会议上建言:
  // a body spoken for, then the speech.
  const REPRESENTS = new RegExp(
    `^(?:[，,])?代表([^，。；「」,;的]{2,20}?)(?:在[^，。；「」]{0,20}?会(?:议)?上|在(?=大会))?(?:向大会)?(?:作)?(?:联合|大会|专题|主题|书面|口头)?(?:发言(?:时|中)?(?:${alternation(lexicon.speechVerbs)})?|(?:工作)?报告(?:工作)?(?:时)?(?:${alternation(lexicon.speechVerbs)})?|建言献策|建言|${alternation(lexicon.speechVerbs)})了?`,
  );
  // 甲委员代表乙、丙委员作联合发言: those spoken for are people, not a body; so are a sector
  // (代表工商联界别发言) and non-party people (代表无党派人士发言).
  const PEOPLE = /(?:委员|常委|代表|人士|界别)$/;
  // 甲代表乙作了题为《…》的发言, 甲作《…》的大会发言, 甲代表乙以《…》为题作了发言: the speech's
  // title states the proposal.
  const SPEECH_TITLE =
    /^(?:[，,])?(?:出席会议[，,]?并)?(?:代表([^，。；「」《,;]{2,20}?))?(?:在会上|向大会)?(?:所?作了?的?(?:题为|以)?|以(?=[《“"「][^》”"」]{2,80}[》”"」]为题))[《“"「]/;

  // 甲委员代表乙，围绕“…”建言献策; 丙委员聚焦…提出建议: a topic, then the speech.
  // 甲、乙等常委和…负责同志，分别围绕…: others named with them, then one topic each.
  const TOPIC_OPEN =
    /^(?:[，,])?(?:代表([^，。；「」《,;]{2,20}?)[，,]?)?(?:和[^，。；「」]{0,12}?[，,]?(?=分别))?(?:在会上)?(?:分别)?(?:则|也|还|又)?(?:就|围绕|聚焦|针对)/;
  // 、乙委员就…: the next speaker of a list, each with a topic (甲委员就A、乙委员就B，作了发言).
  const NEXT_TOPIC = new RegExp(
    `[、，,][\\u3400-\\u9fff]{2,4}?(?:${alternation(lexicon.posts)})(?:就|围绕|聚焦|针对)`,
  );
  // 委员乙就…, 乙委员围绕…: a clause that opens the next speaker's own topic.
  const NEXT_SPEAKER = new RegExp(
    `^(?:(?:${alternation(lexicon.posts)})[\\u3400-\\u9fff]{2,4}?|[\\u3400-\\u9fff]{2,4}?(?:${alternation(lexicon.posts)}))(?:就|围绕|聚焦|针对)`,
  );
  // …一事，提出可适度放宽…: after the topic's clause, a bare 提出 opens what was proposed.
  const TOPIC_VERB =
    /(?:提出了?(?:[^，。；]{0,6}?)(?:意见|建议|见解|对策)|建言献策|建言|献策|发表了?(?:[^，。；]{0,4}?)(?:见解|看法|意见)|作了?(?:大会|专题)?发言|发言|(?<=[，,])提出(?=[^了，。；,;]))/;

  const FROM_ASPECTS =
    /^(?:并|还|又)?从(.{4,}?)(?:等)?(?:[一二三四五六七八九十两几\d]+个)?(?:大)?方面$/;
  const MANNER = /^(?:结合|进行|分别|先后|在|作|并|就此|从)/;

  /** How far past a topic's opening its speech verb may stand. */
  const TOPIC_REACH = 250;

  /** The topic and speech after a name (…聚焦某事提出建议), or null. */
  function topicRole(folded: string, after: number): Role | null {
    const open = TOPIC_OPEN.exec(folded.slice(after, after + 30));
    if (!open) return null;
    let from = after + open[0].length;
    const quoted = CLOSING[folded[from] ?? ''];
    const close = quoted ? folded.indexOf(quoted, from + 1) : -1;
    const searchFrom = close > from ? close + 1 : from;
    // A list of speakers with their topics runs long before its verb (甲委员就A、…、丁委员就D，作了发言).
    const clauseEnd = /[。；;！？]/.exec(folded.slice(searchFrom, searchFrom + TOPIC_REACH));
    const window = folded.slice(searchFrom, searchFrom + (clauseEnd?.index ?? TOPIC_REACH));
    const verb = TOPIC_VERB.exec(window);
    if (!verb) return null;
    const verbStart = searchFrom + verb.index;
    const verbEnd = verbStart + verb[0].length;
    const body = open[1];
    const orgStart = body ? after + open[0].indexOf(body) : 0;
    const represents: Pick<Role, 'represents'> =
      body && !PEOPLE.test(body) ? { represents: [orgStart, orgStart + body.length] } : {};
    // What follows the speech, when there is any, states it (…提出建议，要…); else the topic does.
    // Not when the topic is a speech's title (就《…》作了发言) or the next speaker follows
    // (委员甲就A作了发言，委员乙就B作了发言): then the topic is all that was said.
    const tail = skipComma(folded, verbEnd);
    // 分别围绕A、B…建言，分析了…: one topic each is what they said; the rest sums them up.
    const respectively = open[0].includes('分别');
    const titled = quoted === '》' && close > from;
    const nextSpeaker = NEXT_SPEAKER.test(folded.slice(tail, tail + 30));
    if (
      !respectively &&
      !titled &&
      !nextSpeaker &&
      !/^[。；;！？]?$/.test(folded.slice(tail, tail + 1))
    )
      return { speaks: true, chairs: false, contentStart: tail, ...represents };
    // 分别就“甲”、“乙”作发言: every quoted topic, each to its speaker (see respectiveParts).
    if (respectively)
      return {
        speaks: true,
        chairs: false,
        contentStart: from,
        contentEnd: verbStart,
        ...represents,
      };
    if (close > from) from += 1;
    // The topic ends at the next speaker of a list, or at a clause before the verb (…，进行了发言).
    // A topic of several clauses runs on to the verb when its last clause leads straight into it
    // (围绕以机遇为牵引，推动高质量发展提出建议); a clause of manner does not (…，结合实际，进行了发言).
    const topic = folded.slice(from, verbStart);
    const lastClause = topic.slice(Math.max(topic.lastIndexOf('，'), topic.lastIndexOf(',')) + 1);
    // …，并从出台A、组建B等六个方面提出建议: the aspects listed are what was proposed.
    const aspects = FROM_ASPECTS.exec(lastClause);
    if (aspects?.[1]) {
      const at = verbStart - lastClause.length + lastClause.indexOf(aspects[1]);
      return {
        speaks: true,
        chairs: false,
        contentStart: at,
        contentEnd: at + aspects[1].length,
        ...represents,
      };
    }
    const runsOn = lastClause.length >= 4 && !MANNER.test(lastClause);
    const next = NEXT_TOPIC.exec(topic) ?? (runsOn ? null : /[，,]/.exec(topic));
    const end = close > from ? close : next ? from + next.index : verbStart;
    return { speaks: true, chairs: false, contentStart: from, contentEnd: end, ...represents };
  }

  /**
   * Does the text open with 代表 + a body + the speech (代表民革中央发言, 代表民盟省委会作了《…》的
   * 发言)? Then 代表 is no post.
   */
  const speaksFor = (text: string): boolean =>
    REPRESENTS.test(text) || (text.startsWith('代表') && SPEECH_TITLE.test(text));

  /** What the mention does in its sentence, read from the text right after the name. */
  function roleOf(folded: string, m: Mention): Role {
    const after = m.trailing ? m.trailing.end : m.nameEnd;
    const rest = folded.slice(after, after + 60);
    if (folded.slice(Math.max(0, m.start - 1), m.start) === '在' && rest.startsWith('看来')) {
      const contentStart = skipComma(folded, after + 2);
      return { speaks: true, chairs: false, contentStart };
    }
    const titled = SPEECH_TITLE.exec(rest);
    if (titled) {
      const body = titled[1];
      const orgStart = body ? after + titled[0].indexOf(body) : 0;
      const contentStart = after + titled[0].length;
      const close = folded.indexOf(CLOSING[titled[0].slice(-1)] ?? '》', contentStart);
      return {
        speaks: true,
        chairs: false,
        contentStart,
        ...(close > contentStart ? { contentEnd: close } : {}),
        ...(body && !PEOPLE.test(body) ? { represents: [orgStart, orgStart + body.length] } : {}),
      };
    }
    // 甲委员作了关于X的发言: a speech named by its subject, without brackets; X states it.
    const about = ABOUT_SPEECH.exec(rest);
    if (about) {
      const contentStart = after + about[0].length;
      const close = ABOUT_END.exec(folded.slice(contentStart, contentStart + 120));
      // Without 关于 the subject must be a phrase of its own (作了很好的发言 names none).
      if (close && close[0].length >= (about[0].endsWith('关于') ? 2 : 4))
        return {
          speaks: true,
          chairs: false,
          contentStart,
          contentEnd: contentStart + close[0].length,
        };
    }
    // 甲《关于…》的提案, 甲提出的《关于…的建议》: a proposal's title after its author.
    const authored = AUTHORED.exec(rest);
    if (authored) {
      const contentStart = after + authored[0].length;
      const close = folded.indexOf('》', contentStart);
      if (
        close > contentStart &&
        // 《…》》的提案: a doubled closing bracket is a typing slip, not a nested title.
        /^》》?的?(?:提案|建议|议案|发言)|^》等/.test(folded.slice(close, close + 5))
      )
        return { speaks: true, chairs: false, contentStart, contentEnd: close };
    }
    // 甲提交的对接深中通道，完善总体规划的建议、乙…; 甲汇报了关于…的建议: a proposal named by
    // its subject, unbracketed, after its author.
    const submitted = SUBMITTED.exec(folded.slice(after, after + 90));
    if (submitted) {
      const contentStart = after + submitted[0].indexOf(submitted[1] ?? '');
      return {
        speaks: true,
        chairs: false,
        contentStart,
        contentEnd: contentStart + (submitted[1]?.length ?? 0),
      };
    }
    // 甲一共提交了三个提案，分别为“…”: the titles listed are the person's proposals.
    const listed = PROPOSALS_LISTED.exec(rest);
    if (listed) return { speaks: true, chairs: false, contentStart: after + listed[0].length };
    // 武远华常委的建议也指向…: the recommendation is the named person's.
    const theirs = /^的(?:建议|提议|提案)/.exec(rest);
    if (theirs) return { speaks: true, chairs: false, contentStart: after + theirs[0].length };
    const represents = REPRESENTS.exec(rest);
    if (represents && PEOPLE.test(represents[1] ?? '')) {
      return {
        speaks: true,
        chairs: false,
        contentStart: skipComma(folded, after + represents[0].length),
      };
    }
    if (represents) {
      const orgStart = after + represents[0].indexOf(represents[1] ?? '');
      return {
        speaks: true,
        chairs: false,
        contentStart: skipComma(folded, after + represents[0].length),
        represents: [orgStart, orgStart + (represents[1]?.length ?? 0)],
      };
    }
    const topic = topicRole(folded, after);
    if (topic && !SPEECH.test(rest)) return topic;
    const chair = CHAIR.exec(rest);
    if (chair) return { speaks: false, chairs: true, contentStart: after + chair[0].length };
    const speech = SPEECH.exec(rest);
    if (speech) {
      return {
        speaks: true,
        chairs: false,
        contentStart: skipComma(folded, after + speech[0].length),
      };
    }
    // 甲接过话筒：“…”: an action, a colon, then the quoted words.
    const quoted = QUOTE_AFTER_COLON.exec(rest);
    if (quoted) return { speaks: true, chairs: false, contentStart: after + quoted[0].length };
    return { speaks: false, chairs: false, contentStart: after };
  }

  return { roleOf, speaksFor };
});

function skipComma(folded: string, at: number): number {
  return /[，：:]/.test(folded[at] ?? '') ? at + 1 : at;
}
