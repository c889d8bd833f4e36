import { perLexicon } from '../lexicon/lexicon';
import { bodyStart } from './delegation';
import { alternation } from './words';

// Words that qualify a post rather than name the organisation (深圳大学特聘教授, 越秀区副区长).
export const POST_MODIFIERS = [
  '专职副',
  '专职',
  '常务副',
  '常务',
  '副',
  '特聘',
  '客座',
  '兼职',
  '名誉',
  '荣誉',
  '终身',
  '资深',
  '高级',
  '执行',
  '首席',
  '代理',
  // Grades of civil-service posts (二级巡视员, 一级调研员).
  '一级',
  '二级',
  '三级',
  '四级',
];

const TERM = /^第?[一二三四五六七八九十\d]+[届屆]/;
// Words of tenure before a title (新任市政协委员, 新一届全国政协委员, 时任政协主席): part of the
// title as written, not of the body's name.
const TENURE = /^(?:新任|新一届|时任|现任)/;
// A session and its presidium are no bodies: 省政协|十三届一次会议主席团|常务主席 serves 省政协.
const SESSION =
  /(?:第?[一二三四五六七八九十\d]+[届屆]第?[一二三四五六七八九十\d]+次(?:全体)?(?:会议|大会)(?:主席团)?|(?:会议|大会)?主席团)$/;

// 市公安局长, 统战部长, 图书馆长: the head's post shares its first character with the body's name
// (市公安局局长 written short). Not 校, 行, 会 or 团: 深圳大学校长 is no 深圳大学校.
const SHARED_HEAD = /^([局厅部处科院所社站馆台])长$/;
const SECTOR_GROUP = /^[\u3400-\u9fff]{2,6}(?<![小专])组$/;
// 全国人大代表召集人: a deputy's mandate is a post too, so the body is the congress.
const DEPUTY = /人大代表$/;

// 医院麻醉科主任, 集团行政与公共事务中心总经理, 厅科教处副处长: a post in a department of an
// institution; the person belongs to the institution. A research centre (研究中心) or a party
// committee's department (省委统战部) or a party's branch (基层委员会二支部) is a body of its own.
const INSTITUTION = /(?:集团|公司|大学|院|党校|管委会|委员会|厅|局|学校|中学|银行)/g;
const DEPARTMENT = /^[\u3400-\u9fff]{1,12}(?:部|处|科|室|小组|中心)$/;

/** Where the institution a department belongs to ends in folded[start, end), or `end`. */
function institutionEnd(folded: string, start: number, end: number): number {
  const body = folded.slice(start, end);
  let cut = -1;
  for (const m of body.matchAll(INSTITUTION)) {
    const rest = body.slice(m.index + m[0].length);
    if (DEPARTMENT.test(rest) && !/(?:研究中心|支部)$/.test(rest)) cut = m.index + m[0].length;
  }
  return cut > 1 ? start + cut : end;
}

// The party bodies a post can open with (党委书记, 党组成员).
const PARTY_BODY = /^(?:党委|党组|党工委)(?=.)/;

/** Where the body ends once a session or presidium after it is cut off. */
function bodyEnd(folded: string, orgStart: number, orgEnd: number): number {
  const session = SESSION.exec(folded.slice(orgStart, orgEnd));
  return session ? orgStart + session.index : orgEnd;
}

/** One title of a chain, as offsets into the block: 科技部原部长 → org 科技部, post 部长, former. */
export interface TitleSpan {
  start: number;
  end: number;
  orgStart: number;
  orgEnd: number;
  post: string;
  former: boolean;
  /** The body of a bare post named elsewhere in the report (王建平常委 at a 全国政协 meeting). */
  body?: { block: number; start: number; end: number };
}

/** The title rules of one lexicon: a title's post, and a chain of titles split and parsed. */
export const titleRules = perLexicon((lexicon) => {
  // 民盟卫东区总支: membership of a party's branch stands in a chain as a title with no post.
  const BRANCH = new RegExp(
    `^(?:${alternation(lexicon.parties.filter((p) => p !== '中共'))})[\\u3400-\\u9fff]{0,8}?(?:${alternation(lexicon.branchHeads)})$`,
  );

  /** The post word a title ends with (longest first), or ''. */
  function postSuffix(title: string): string {
    for (const p of lexicon.posts) if (title.endsWith(p)) return p;
    return '';
  }

  /**
   * 董事长兼总裁 is one title (both posts in one organisation); 大学校长兼研究院院长 is two.
   * Returns the cut points inside a title piece where 兼 starts a new organisation.
   */
  function splitConcurrent(folded: string, start: number, end: number): [number, number][] {
    const parts: [number, number][] = [];
    let from = start;
    for (let i = folded.indexOf('兼', start); i >= 0 && i < end; i = folded.indexOf('兼', i + 1)) {
      const rest = folded.slice(i + 1, end);
      const barePost = lexicon.posts.some(
        (p) => rest.startsWith(p) && (rest === p || rest.startsWith('兼', p.length)),
      );
      if (!barePost) {
        parts.push([from, i]);
        from = i + 1;
      }
    }
    parts.push([from, end]);
    return parts;
  }

  function parseTitle(folded: string, from: number, end: number): TitleSpan | null {
    // 前中国驻美国大使: 前 (former) opens the title but is not written into it.
    const earlier = folded[from] === '前' && end - from > 3;
    const start = earlier ? from + 1 : from;
    const text = folded.slice(start, end);
    // The whole tail after the organisation may be "董事长兼总裁": find where the posts begin.
    let postStart = end;
    for (;;) {
      const head = folded.slice(start, postStart);
      const p = postSuffix(head);
      if (!p) break;
      postStart -= p.length;
      const deputy = POST_MODIFIERS.find((d) => folded.slice(start, postStart).endsWith(d));
      // 常务副区长 alone is a post with no body: the modifier may open the title.
      if (deputy && postStart - deputy.length >= start) postStart -= deputy.length;
      if (folded[postStart - 1] === '兼') postStart -= 1;
      else break;
    }
    if (postStart === end) {
      if (!BRANCH.test(text)) return null;
      return { start, end, orgStart: start, orgEnd: end, post: '', former: false };
    }
    let orgEnd = postStart;
    const former = folded[orgEnd - 1] === '原' || text.startsWith('原') || earlier;
    if (folded[orgEnd - 1] === '原') orgEnd -= 1;
    // A term's ordinal belongs to the title, not to the body's name (十二届|市政协主席).
    const term = TERM.exec(text)?.[0].length ?? TENURE.exec(text)?.[0].length ?? 0;
    const orgStart = bodyStart(folded, text.startsWith('原') ? start + 1 : start + term, orgEnd);
    // 中国驻美国大使: a post abroad; the body is the country's, not 中国驻美国.
    const abroad = folded.slice(orgStart, orgEnd).indexOf('驻');
    if (abroad > 0) orgEnd = orgStart + abroad;
    // 自治区党委书记, 县人大常委会党组书记: after a body, the post's 党委 or 党组 is the body's.
    const head = PARTY_BODY.exec(folded.slice(postStart, end))?.[0];
    if (head && orgEnd === postStart && orgEnd > orgStart) orgEnd += head.length;
    if (DEPUTY.test(folded.slice(orgStart, orgEnd))) orgEnd -= 2;
    // 经济组委员, 医药卫生组委员: a sector's group of the meeting's members, no body of its own.
    if (
      SECTOR_GROUP.test(folded.slice(orgStart, orgEnd)) &&
      folded.slice(postStart, end) === '委员'
    )
      orgEnd = orgStart;
    const shared = SHARED_HEAD.exec(folded.slice(postStart, end))?.[1];
    if (shared && orgEnd === postStart && orgEnd > orgStart && folded[orgEnd - 1] !== shared)
      orgEnd = postStart + 1;
    return {
      start,
      end,
      orgStart,
      orgEnd: Math.max(
        orgStart,
        institutionEnd(folded, orgStart, bodyEnd(folded, orgStart, orgEnd)),
      ),
      post: folded.slice(postStart, end),
      former,
    };
  }

  /** Splits a chain of titles (split at 、 and at 兼 before a new organisation) and parses each. */
  function parseChain(folded: string, start: number, end: number): TitleSpan[] {
    const titles: TitleSpan[] = [];
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || folded[i] === '、') {
        for (const [s, e] of splitConcurrent(folded, from, i)) {
          const t = parseTitle(folded, s, e);
          if (t) titles.push(t);
        }
        from = i + 1;
      }
    }
    return titles;
  }

  /** Does a post word (副秘书长) begin at `at`? */
  const postAfter = (folded: string, at: number): boolean =>
    lexicon.posts.some((p) => folded.startsWith(p, at));

  return { postSuffix, parseChain, postAfter };
});

// ASCII punctuation too: page archives turned older pages' full-width commas into ','.
const CHAIN_STOP = /[，。；：！？「」『』“”（）()《》\n,;:!?]/;
// 受某省长委托: on someone's behalf; 该会会长: the body named before, not one called 该会.
const LEADS = [
  '在',
  '由',
  '据',
  '请',
  '邀请',
  '经',
  '同样',
  '此外',
  '受',
  '该会',
  '该校',
  '该院',
  '该所',
  '该公司',
];
// 经济组委员: 经 opens a word there (经济, 经贸), not 经…批准.
const NOT_LEADS = /^经[济贸营管信]/;
// An outlet's dateline: …报讯, …网讯, 新华社电 (电 only after 社: 国家电网 is a name).
const DATELINE = /^[^]*?(?:[报网台]讯|社[讯电])\s*/;
// A file name or address (1.jpg, a/b): not a company's Latin name (TCL集团董事长).
const PAGE_DEBRIS = /^[A-Za-z0-9_-]*[./][A-Za-z0-9._/-]*(?=[\u3400-\u9fff])/;
const BRACKETED_BEFORE = /[\u3400-\u9fff][（(][\u3400-\u9fff]{1,6}[）)]$/;

/**
 * Where the title chain before a name begins: back to the clause's start, and past a
 * relative clause (…参会的) or a leading preposition (在…看来, 由…主持).
 */
export function chainStart(folded: string, nameStart: number): number {
  let s = nameStart;
  for (;;) {
    while (s > 0 && !CHAIN_STOP.test(folded[s - 1] ?? '')) s--;
    // 紫江（集团）有限公司董事长: a bracketed part of a company's name is inside the chain.
    const bracket = BRACKETED_BEFORE.exec(folded.slice(Math.max(0, s - 8), s));
    if (!bracket || s - bracket[0].length < 1) break;
    s -= bracket[0].length;
  }
  // The last 的 of the clause (…参会的|委员), looked for inside the clause only.
  for (let i = nameStart - 1; i >= s; i--) {
    if (folded[i] === '的') {
      s = i + 1;
      break;
    }
  }
  // 香港文汇报讯 上海市政协主席…: a dateline opens the paragraph; the chain begins after it.
  const dateline = DATELINE.exec(folded.slice(s, nameStart));
  if (dateline) s += dateline[0].length;
  // 1.jpg中共某省委书记: a page's debris (a picture's file name) before the chain.
  const debris = PAGE_DEBRIS.exec(folded.slice(s, nameStart));
  if (debris) s += debris[0].length;
  const lead = LEADS.find(
    (l) => folded.startsWith(l, s) && !NOT_LEADS.test(folded.slice(s, s + 2)),
  );
  if (lead) s += lead.length;
  return s;
}
