import { perLexicon } from '../lexicon/lexicon';
import type { Block } from '../normalise/block';
import { segmenter, type Token } from '../segment/segmenter';
import { alternation } from './words';

/** An organisation found at one place in a block (offsets into the block's text). */
export interface OrgMention {
  block: number;
  start: number;
  end: number;
  /** Folded canonical name: gazetteer entries fold their aliases onto one key. */
  key: string;
  source: 'title' | 'gazetteer' | 'suffix' | 'alias' | 'tagger';
}

// A newspaper named as the publisher or source of a report: 香港文汇报主办, 文汇报记者.
const MEDIA =
  /([\u3400-\u9fff]{2,8}?(?:日报|晚报|时报|报))(?=·|主办|记者|讯|专刊|报道|综合报道|社论|刊发)/g;
const ORGISH = new Set(['n', 'nz', 'nt', 'ns', 'ng', 'eng', 'j', 'vn', 'l', 'x', 'b']);
// Verbs that name what a body does (科技创新局, 发展和改革委员会): inside a name, not at its edge.
const ORG_VERBS = new Set([
  '创新',
  '发展',
  '改革',
  '建设',
  '管理',
  '监督',
  '保障',
  '服务',
  '研究',
  '开发',
  '促进',
  '规划',
  '设计',
  '执法',
  '运输',
  '监测',
  '保护',
  '投资',
  '交流',
  '合作',
  '检验',
  '检测',
  '教育',
  '培训',
]);
const DATELINE = new Set(['日', '月', '年', '年度', '电', '讯', '日电', '日讯', '记者', '本报']);
// Government bodies end in one character (局, 厅, 委, 部, 署) that also ends common words
// (布局, 西部): taken only as a token of its own or a 3+ character word, after a place.
const ADMIN_SUFFIX = /[局厅委部署]/g;
const ADMIN_PREFIX = /^(?:国家|中央|省|市|区|县|自治区|自治州)/;
const ADMIN_NEAR = /国家|中央|省|市|区|县|州/;
const DISTINCTIVE = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'eng', 'm', 'j']);
const CLAUSE_STOP = /[，。；：！？「」『』“”（）()、·\n]/;
const WINDOW = 16;

const COUNTRY = /^(?:国家|中国|我国)$/;
// A body's formal name with its term: 中国人民政治协商会议第十三届某市委员会, 政协第十三届全国委员会
// (常务委员会), 第十一届全国人民代表大会.
const FORMAL =
  /中国人民政治协商会议[^，。；、：\s]{0,16}?委员会(?:常务委员会)?|政协第[一二三四五六七八九十]{1,3}届[^，。；、：\s]{0,12}?委员会(?:常务委员会)?|第[一二三四五六七八九十]{1,3}届全国人民代表大会(?:常务委员会)?/g;
// A termed body before a session's number names the meeting (全国政协十四届常委会|第七次会议).
const TERMED = /[一二三四五六七八九十\d]届/;
const SESSION_AFTER = /^第[一二三四五六七八九十\d]+次/;
const MEETING = /(?:会议|大会)$/;
// 企业代表, 科技界委员: a kind of body or a sector, not one body.
const GENERIC_BODY = /^(?:企业|单位|部门|机构|社会|基层)$|界$/;

/** The organisation rules of one lexicon: its gazetteer, suffix grammar and identity keys. */
export const organisationRules = perLexicon((lexicon) => {
  const canonical = new Map<string, string>();
  for (const inst of lexicon.institutions) {
    for (const form of [inst.name, ...inst.aliases]) canonical.set(form, inst.name);
  }
  const GAZETTEER = new RegExp(alternation([...canonical.keys()]), 'g');
  const SUFFIXES = new RegExp(alternation(lexicon.orgSuffixes), 'g');
  const POSTS = new Set(lexicon.posts);
  // 民盟湖南省委, 民建卫东区基层委员会: a party, the place of its branch, the branch word.
  const BRANCH = new RegExp(
    `(?:${alternation(lexicon.parties)})[\\u3400-\\u9fff]{0,8}?(?:${alternation(lexicon.branchHeads)})`,
    'g',
  );
  // 市民革, 代表县工商联: a party or the federation of industry and commerce after the level of its
  // branch alone, where no place name stands before the level.
  const LEVEL_BRANCH = new RegExp(
    `(?:(?<=代表)|(?<![\\u3400-\\u9fff]))[省市区县](?:${alternation([...lexicon.parties, '工商联'])})`,
    'g',
  );
  // 协商会 ends in 商会 (a chamber of commerce) but names a meeting.
  const MEETING_KIND = new RegExp(`(?:${alternation(lexicon.meetingKinds)})$`);

  /** Does a candidate person's name read as an organisation (全国政协 before 主席)? */
  function namesOrganisation(folded: string): boolean {
    return canonical.has(folded) || lexicon.orgSuffixes.some((x) => folded.endsWith(x));
  }

  /** The folded identity key of an organisation name (gazetteer aliases fold to the full name). */
  function orgKey(folded: string): string {
    return canonical.get(folded) ?? folded;
  }

  /** Every match of a pattern as an organisation named where it stands. */
  function matchesOf(block: Block, re: RegExp, source: OrgMention['source']): OrgMention[] {
    return [...block.folded.matchAll(re)].map((m) => ({
      block: block.index,
      start: m.index,
      end: m.index + m[0].length,
      key: orgKey(m[0]),
      source,
    }));
  }

  interface Edge {
    start: number;
    tokens: Token[];
    /** The token that ends at the suffix's end (布局 for 局, 局 for 市…局). */
    last: string;
  }

  /**
   * Reads the organisation name that ends with a suffix at [suffixStart, end), from one jieba
   * pass over a window: null when the suffix does not end a word (大学生, 政协委员); otherwise
   * extends leftwards over name-like tokens (在/多模态/…/实验室 → 多模态…实验室).
   */
  function orgEndingAt(folded: string, suffixStart: number, end: number): Edge | null {
    let from = Math.max(0, suffixStart - WINDOW);
    for (let i = suffixStart - 1; i >= from; i--) {
      if (CLAUSE_STOP.test(folded[i] ?? '')) {
        from = i + 1;
        break;
      }
    }
    const all = segmenter().tagShort(folded.slice(from, Math.min(folded.length, end + 2)));
    let at = from;
    let cut = -1;
    for (let i = 0; i < all.length && at < end; i++) {
      at += all[i]?.word.length ?? 0;
      if (at === end) cut = i + 1;
    }
    if (cut < 0) return null;
    const tokens = all.slice(0, cut);
    const kept: Token[] = [];
    let start = end;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i];
      if (!t) break;
      if (start > suffixStart) {
        start -= t.word.length;
        kept.unshift(t);
        continue;
      }
      // 360集团: a number opens a name only right before its suffix; datelines (6月14日电) end it.
      const number = t.tag === 'm' && /^[0-9A-Za-z]+$/.test(t.word) && kept.length === 1;
      if (DATELINE.has(t.word) || (/\d/.test(t.word) && !number)) break;
      const quantity = t.tag === 'm' && !/\d/.test(t.word);
      // 人力资源和社会保障部: a conjunction inside a name, never at its edge.
      const before = tokens[i - 1];
      const inner =
        ((t.word === '和' || t.word === '与' || ORG_VERBS.has(t.word)) &&
          before !== undefined &&
          (ORGISH.has(before.tag) || ORG_VERBS.has(before.word)) &&
          // 政协委员和政协: people and a body, not one name.
          !lexicon.posts.some((p) => before.word.endsWith(p))) ||
        // 香港新恒基: a one-character adjective after a place opens a company's own name.
        (t.tag === 'a' && t.word.length === 1 && before?.tag === 'ns');
      if (!number && !inner && !quantity && (!ORGISH.has(t.tag) || POSTS.has(t.word))) break;
      start -= t.word.length;
      kept.unshift(t);
      if (number) break;
    }
    return { start, tokens: kept, last: tokens[tokens.length - 1]?.word ?? '' };
  }

  // 紫江(集团)有限公司: a bracketed part of a company's name between its name and its suffix.
  const BRACKETED = /[(（][\u3400-\u9fff]{1,6}[)）]$/;

  /** The name before a bracketed part that ends at `at` (紫江 of 紫江(集团)有限公司), bracket included. */
  function beforeBracket(folded: string, at: number): Edge | null {
    const bracket = BRACKETED.exec(folded.slice(Math.max(0, at - 8), at));
    if (!bracket) return null;
    const open = at - bracket[0].length;
    if (open < 2) return null;
    const edge = orgEndingAt(folded, open - 1, open);
    return edge && edge.start <= open - 2 ? edge : null;
  }

  function suffixMentions(block: Block): OrgMention[] {
    const out: OrgMention[] = [];
    const f = block.folded;
    for (const m of f.matchAll(SUFFIXES)) {
      const end = m.index + m[0].length;
      const read = orgEndingAt(f, m.index, end);
      const edge = read && read.start < m.index ? read : (beforeBracket(f, m.index) ?? read);
      if (!edge) continue;
      const { start, tokens } = edge;
      const name = f.slice(start, end);
      const distinctive = DISTINCTIVE.has(tokens[0]?.tag ?? '') || name.length >= m[0].length + 3;
      if (start >= m.index || !distinctive || MEETING_KIND.test(name)) continue;
      out.push({ block: block.index, start, end, key: orgKey(name), source: 'suffix' });
    }
    for (const m of f.matchAll(ADMIN_SUFFIX)) {
      const end = m.index + 1;
      // Cheap test first: a government body names its level (国家…, …省…, …市…) close before.
      if (!ADMIN_NEAR.test(f.slice(Math.max(0, m.index - 14), m.index))) continue;
      const edge = orgEndingAt(f, m.index, end);
      if (!edge || edge.last.length === 2) continue;
      const { start, tokens } = edge;
      const name = f.slice(start, end);
      const placed = tokens[0]?.tag === 'ns' || ADMIN_PREFIX.test(name);
      // 省委常委 is a post in 省委, which ends in 委 too.
      const post = lexicon.posts.some((p) => name.endsWith(p));
      if (name.length >= 4 && placed && !post)
        out.push({ block: block.index, start, end, key: orgKey(name), source: 'suffix' });
    }
    for (const m of f.matchAll(MEDIA)) {
      const name = m[1] ?? '';
      const edge = orgEndingAt(f, m.index + name.length - 1, m.index + name.length);
      if (!edge) continue;
      const { start } = edge;
      out.push({
        block: block.index,
        start,
        end: m.index + name.length,
        key: orgKey(f.slice(start, m.index + name.length)),
        source: 'suffix',
      });
    }
    return out;
  }

  /** Organisations named in running text: gazetteer institutions and suffix-grammar names. */
  function findOrganisations(block: Block): OrgMention[] {
    const f = block.folded;
    const formal = matchesOf(block, FORMAL, 'suffix');
    // Not a body: a name read across a meeting (…第三次会议和政协), a termed body before a session.
    const meetingInside = (o: OrgMention): boolean => {
      const name = f.slice(o.start, o.end);
      return /会议./.test(name) || (TERMED.test(name) && SESSION_AFTER.test(f.slice(o.end)));
    };
    const found = [
      ...matchesOf(block, GAZETTEER, 'gazetteer'),
      ...matchesOf(block, BRANCH, 'suffix'),
      ...matchesOf(block, LEVEL_BRANCH, 'suffix'),
      ...suffixMentions(block),
    ].filter((o) => !meetingInside(o));
    return [...formal, ...found];
  }

  /** An organisation given as the organisation part of a title (科技部 in 科技部原部长). */
  function titleOrganisation(block: Block, start: number, end: number): OrgMention | null {
    const body = block.folded.slice(start, end);
    // 国家主席, 中国驻美国大使: the country is a place, not a body one holds a post in; 会议执行主席
    // presides over a meeting; a bare 政协 names no body of its own.
    if (end - start < 2 || COUNTRY.test(body) || MEETING.test(body)) return null;
    if (lexicon.orgSuffixes.includes(body) || GENERIC_BODY.test(body)) return null;
    return {
      block: block.index,
      start,
      end,
      key: orgKey(block.folded.slice(start, end)),
      source: 'title',
    };
  }

  return { namesOrganisation, orgKey, findOrganisations, titleOrganisation };
});
export type OrganisationRules = ReturnType<typeof organisationRules>;
