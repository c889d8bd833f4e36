/**
 * A synthetic corpus with known truth for "who is who" (issue 23): people whose names collide
 * (homonyms with different careers), people whose posts change over the years (later reports
 * may name the former post), people named with no organisation at all, in both scripts. Each
 * report lists which true person each name it writes stands for. Generated from a seed, never
 * stored.
 */
import * as OpenCC from 'opencc-js';
import { random } from './synthetic';

export interface Career {
  /** First and last year (inclusive) of the post. */
  from: number;
  to: number;
  org: string;
  post: string;
}

export interface TruePerson {
  id: string;
  name: string;
  careers: Career[];
}

export interface IdentityReport {
  source: string;
  text: string;
  published: string;
  /** Each name the report writes (as written, in its script), and whose it is. */
  mentions: { name: string; person: string }[];
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡';
const GIVEN = '伟芳敏静强磊军洋勇杰涛明超平刚华鹏建文辉力永健广志兴良海山波宁福龙全胜学祥成康光';
const PLACES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '天津'];
const HEADS = ['华科', '中联', '博远', '海川', '天成', '嘉禾', '瑞丰', '恒信', '新元', '远景'];
const TAILS = [
  ['大学', '教授'],
  ['研究院', '院长'],
  ['集团', '董事长'],
  ['股份有限公司', '总裁'],
  ['研究所', '所长'],
  ['医院', '院长'],
] as const;
const THEMES = ['算力', '数据要素', '养老服务', '职业教育', '种业', '集成电路', '医疗保障'];
const OBJECTS = ['公共服务平台', '专项资金', '人才培养机制', '标准体系', '示范基地'];
const TOPICS = ['推进数字经济高质量发展', '完善养老服务体系', '保障粮食安全', '优化营商环境'];

const FIRST_YEAR = 2019;
const LAST_YEAR = 2024;

export interface IdentityCorpusOptions {
  reports: number;
  /** Names each held by two or three different people. */
  homonymNames: number;
  /** People whose organisation changes once. */
  movers: number;
  /** Everyone else, one career each. */
  others: number;
}

export const DEFAULT_IDENTITY_CORPUS: IdentityCorpusOptions = {
  reports: 160,
  homonymNames: 12,
  movers: 12,
  others: 60,
};

function makePeople(rnd: () => number, o: IdentityCorpusOptions): TruePerson[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const usedNames = new Set<string>();
  const usedOrgs = new Set<string>();
  const name = (): string => {
    for (;;) {
      const n = pick([...SURNAMES]) + pick([...GIVEN]) + (rnd() < 0.6 ? pick([...GIVEN]) : '');
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };
  // Every person's organisations are their own: two people never share a specific one.
  const career = (from: number, to: number): Career => {
    for (;;) {
      const [tail, post] = pick(TAILS);
      const org = pick(PLACES) + pick(HEADS) + tail;
      if (!usedOrgs.has(org)) {
        usedOrgs.add(org);
        return { from, to, org, post };
      }
    }
  };
  const people: TruePerson[] = [];
  const add = (n: string, careers: Career[]): void => {
    people.push({ id: `p${people.length + 1}`, name: n, careers });
  };
  for (let i = 0; i < o.homonymNames; i++) {
    const n = name();
    const holders = rnd() < 0.3 ? 3 : 2;
    for (let k = 0; k < holders; k++) add(n, [career(FIRST_YEAR, LAST_YEAR)]);
  }
  for (let i = 0; i < o.movers; i++) {
    const change = FIRST_YEAR + 1 + Math.floor(rnd() * (LAST_YEAR - FIRST_YEAR - 1));
    add(name(), [career(FIRST_YEAR, change), career(change + 1, LAST_YEAR)]);
  }
  for (let i = 0; i < o.others; i++) add(name(), [career(FIRST_YEAR, LAST_YEAR)]);
  return people;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** How a report names a speaker: title chain with organisation, with the former post, or bare. */
function speakerLine(
  rnd: () => number,
  p: TruePerson,
  year: number,
): { line: string; org: boolean } {
  const now = p.careers.find((c) => c.from <= year && year <= c.to) ?? p.careers[0];
  const before = p.careers.find((c) => c.to < year);
  const theme = THEMES[Math.floor(rnd() * THEMES.length)] ?? '算力';
  const object = OBJECTS[Math.floor(rnd() * OBJECTS.length)] ?? '专项资金';
  const ask = `建议，加快建设${theme}${object}，完善${theme}政策支持体系。`;
  const draw = rnd();
  if (!now || draw < 0.15) return { line: `全国政协委员${p.name}${ask}`, org: false };
  const former = before && draw < 0.45 ? `、原${before.org}${before.post}` : '';
  return {
    line: `全国政协委员、${now.org}${now.post}${former}${p.name}表示，${theme}发展仍面临不少困难。他${ask}`,
    org: true,
  };
}

/** The corpus and its truth: every person, and every report with whose each name is. */
export function identityCorpus(
  seed: number,
  o: IdentityCorpusOptions = DEFAULT_IDENTITY_CORPUS,
): { people: TruePerson[]; reports: IdentityReport[] } {
  const rnd = random(seed);
  const people = makePeople(rnd, o);
  const chair: TruePerson = { id: 'chair', name: '欧阳明德', careers: [] };
  const reports: IdentityReport[] = [];
  for (let i = 0; i < o.reports; i++) {
    const year = FIRST_YEAR + Math.floor(rnd() * (LAST_YEAR - FIRST_YEAR + 1));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const topic = TOPICS[Math.floor(rnd() * TOPICS.length)] ?? '';
    // Four to six speakers, no name twice in one report (a report that did would say more).
    const speakers: TruePerson[] = [];
    const count = 4 + Math.floor(rnd() * 3);
    while (speakers.length < count) {
      const p = people[Math.floor(rnd() * people.length)];
      if (p && !speakers.some((s) => s.name === p.name)) speakers.push(p);
    }
    // Names stand as placeholders while the text is converted, then go in converted alone:
    // OpenCC converts a name by its neighbours too, and the truth must be what the text writes.
    const all = [chair, ...speakers];
    const slot = (p: TruePerson): string => `⟦${all.indexOf(p)}⟧`;
    const lines = [
      `全国政协召开双周协商座谈会 围绕${topic}建言献策`,
      `${month}月${day}日，全国政协在京召开双周协商座谈会，围绕“${topic}”协商议政。全国政协副主席${slot(chair)}主持会议。`,
      ...speakers.map((p) => speakerLine(rnd, { ...p, name: slot(p) }, year).line),
      '与会委员认为，要坚持问题导向，推动各项工作落地见效。',
    ];
    const traditional = rnd() < 0.3;
    const written = (s: string): string => (traditional ? toTraditional(s) : s);
    const text = written(`${lines.join('\n\n')}\n`).replace(/⟦(\d+)⟧/g, (_m, i: string) =>
      written(all[Number(i)]?.name ?? ''),
    );
    reports.push({
      source: `identity/${seed}/${i}.txt`,
      text,
      published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      mentions: all.map((p) => ({ name: written(p.name), person: p.id })),
    });
  }
  return { people: [chair, ...people], reports };
}
