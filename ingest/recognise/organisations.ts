import { perLexicon } from '../lexicon/lexicon';
import { alternation } from './words';
import type { Block } from '../normalise/block';

/** An organisation found at one place in a block (offsets into the block's text). */
export interface OrgMention {
  block: number;
  start: number;
  end: number;
  /** Folded canonical name: gazetteer entries fold their aliases onto one key. */
  key: string;
  source: 'title' | 'tagger' | 'model';
}

const COUNTRY = /^(?:国家|中国|我国)$/;
// 香港召集人, 港区委员: the region a member comes from or convenes, not a body.
const REGION = /^(?:香港|澳门|台湾|港澳|港澳台|港区|澳区|内地)$/;
// 上海政协港澳常委: the members' region after the body (上海政协) is no part of its name.
const MEMBERS_REGION = /(?<=政协)(?:港澳台|港澳|港区|澳区|香港|澳门|台湾)$/;
const MEETING = /(?:会议|大会)$/;
// 会议 inside the consultative conference's own name (中国人民政治协商会议第十三届某市委员会).
// 全国政协台联分组会, 中央经济工作会: a sitting or a conference, not a body.
const SITTING = /(?:分组会|小组会|联组会|讨论会|座谈会|协商会|工作会)$/;
const ACROSS_MEETING = /^(?!中国人民政治协商会议)[^]*会议.|中国人民政治协商会议[^]*会议./;
// 企业代表, 科技界委员: a kind of body or a sector, not one body.
// A level of government alone (自治区主席, 副省长's 省) names a place, not a body.
const GENERIC_BODY =
  /^(?:企业|单位|部门|机构|社会|基层|自治区|自治州|自治县|特区|省|市|县|区|州)$|界$/;

/**
 * Where the genre knows better than a model of names: a name read across a meeting
 * (…第三次会议和政协) is not a body. (A termed body before its session, 政协第十四届全国委员会
 * 常务委员会第十四次会议, is one: the reference annotations list it, and leaving it out cost 0.016
 * organisation F1 in cross-validation.)
 */
export function namesMeeting(block: Block, o: { start: number; end: number }): boolean {
  const name = block.folded.slice(o.start, o.end);
  return ACROSS_MEETING.test(name) || SITTING.test(name);
}

// 来自民建、工商联、经济以及致公等界别的委员: the items of a list of sectors are sectors, not bodies.
const SECTOR_LIST =
  /^(?:(?:、|和|及|与|以及)[^、，。；,;：:]{1,8}?)*等?(?:界别|界)(?![\u3400-\u9fff]{0,2}(?:大会|会议|人士))/;

/** Does the name stand in a list of sectors (民建、工商联等界别)? */
export function namesSector(block: Block, o: { end: number }): boolean {
  return SECTOR_LIST.test(block.folded.slice(o.end, o.end + 80));
}

const LEVEL_HEAD = /^副?(?:省长|市长|区长|县长|州长)/;
const JOINED_POST = perLexicon(
  (lexicon) => new RegExp(`(?:${alternation(lexicon.posts)})?[和与及]$`),
);
// Common nouns a model may read as a name (成立合资公司, 党委办公室主任).
// 人民政协 is the institution in general (人民政协为人民), and no body is called 澳门政协 or
// 港澳政协: they name members by where they come from. A city or province alone is a place.
const GENERIC_NAME =
  /^(?:合资公司|独资公司|子公司|分公司|母公司|公司|党委办公室|办公室|党委|党组|总部|政府|市民|群众|人民政协|(?:港澳|港澳地区|澳门|香港|港区|澳区)政协|[\u3400-\u9fff]{2,3}[省市])$/;

/** Is the name a common noun, not one body's name? */
export function genericName(block: Block, o: { start: number; end: number }): boolean {
  return GENERIC_NAME.test(block.folded.slice(o.start, o.end));
}

// Marks no name holds: a list, a clause or a quotation ends one (民革中央、全国政协…委员会).
const NO_NAME_INSIDE = /[、，。；：！？「」『』“”《》,;:!?\s]/;
// What a name does not end with: a function word run on into the verb phrase (…市委在|大会发言,
// …市委向大会|作), a dateline's 讯 or 电 after an outlet (…日报讯).
// …新华社北京10月16日电政协…: a dispatch's date too. jpg中共某省委: a page's debris before it.
const DATELINE_INSIDE =
  /(?:[报网台]讯|社[讯电]|(?:\d{1,2}|[一二三四五六七八九十廿]{1,3})日[电讯])(?=[\u3400-\u9fff]{2})|^[A-Za-z0-9._/-]+(?=[\u3400-\u9fff]{2})/;
// …, a page's address run on after an outlet (中国政协网www.cppcc.gov.cn), a word that opens a
// post (…总会创会|会长), the verb of a report the body gives (代表市政协|作主题报告), an outlet's
// correspondent and dateline (经济通通讯社|驻京记者某某6日北京专电).
const RUN_ON =
  /(?:驻[\u3400-\u9fff]{1,4})?记者[^]*$|(?:(?:在|向)(?:大会|会上)?|[的和与及])$|(?<=政协|委|会|局|厅|部)作(?:主题|专题|大会)?$|(?<=[报社网台])[讯电]$|(?:www\.|https?:)[^]*$|(?:创会|常务|执行|名誉)$/;

const PARTY_AND_GOVERNMENT =
  /^((?:中共)?[\u3400-\u9fff]{0,8}?(?:中共中央|[省市区县州]委))(?:国务院|[省市区县州]政府)$/;

/**
 * Where the genre knows better than a model of names about where a name stops: it holds no
 * list mark or clause punctuation, and ends before a function word and a dateline's 讯. The
 * pieces of at least two characters are kept.
 */
export function trimName(
  block: Block,
  o: { start: number; end: number },
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = o.start;
  for (let i = o.start; i <= o.end; i++) {
    if (i < o.end && !NO_NAME_INSIDE.test(block.folded[i] ?? '')) continue;
    let end = i;
    // 香港文汇报讯上海市政协: an outlet's dateline, then the name.
    const dateline = DATELINE_INSIDE.exec(block.folded.slice(start, end));
    if (dateline) start += dateline.index + dateline[0].length;
    const run = RUN_ON.exec(block.folded.slice(start, end));
    if (run) end -= run[0].length;
    // 中共中央国务院, 某区委区政府: a party body and its government named as one, two bodies.
    const pair = PARTY_AND_GOVERNMENT.exec(block.folded.slice(start, end));
    if (pair?.[1] && end - start >= 2) {
      out.push({ start, end: start + pair[1].length }, { start: start + pair[1].length, end });
    } else if (end - start >= 2) out.push({ start, end });
    start = i + 1;
  }
  return out;
}

/** The organisation rules of one lexicon: its gazetteer's identity keys and title bodies. */
export const organisationRules = perLexicon((lexicon) => {
  const canonical = new Map<string, string>();
  for (const inst of lexicon.institutions) {
    for (const form of [inst.name, ...inst.aliases]) canonical.set(form, inst.name);
  }

  /** Does a candidate person's name read as an organisation (全国政协 before 主席)? */
  function namesOrganisation(folded: string): boolean {
    return canonical.has(folded) || lexicon.orgSuffixes.some((x) => folded.endsWith(x));
  }

  /** The folded identity key of an organisation name (gazetteer aliases fold to the full name). */
  function orgKey(folded: string): string {
    return canonical.get(folded) ?? folded;
  }

  /** An organisation given as the organisation part of a title (科技部 in 科技部原部长). */
  function titleOrganisation(block: Block, start: number, end: number): OrgMention | null {
    const body = block.folded.slice(start, end);
    // 国家主席, 中国驻美国大使: the country is a place, not a body one holds a post in; 会议执行主席
    // presides over a meeting; a bare 政协 names no body of its own.
    if (end - start < 2 || COUNTRY.test(body) || REGION.test(body) || MEETING.test(body))
      return null;
    if (lexicon.orgSuffixes.includes(body) || GENERIC_BODY.test(body)) return null;
    const region = MEMBERS_REGION.exec(body);
    if (region) end -= region[0].length;
    // 深圳市长, 广东省长: the place a head of government heads, not a body's name.
    if (LEVEL_HEAD.test(block.folded.slice(end, end + 3)) && !/[省市区县州政府]$/.test(body))
      return null;
    // 全国政协委员和专家: the body of the title before 和, not a name ending in 委员和.
    const joined = JOINED_POST(lexicon).exec(body);
    if (joined) end -= joined[0].length;
    if (end - start < 2) return null;
    return {
      block: block.index,
      start,
      end,
      key: orgKey(block.folded.slice(start, end)),
      source: 'title',
    };
  }

  return { namesOrganisation, orgKey, titleOrganisation };
});
export type OrganisationRules = ReturnType<typeof organisationRules>;
