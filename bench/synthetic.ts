/**
 * A synthetic corpus of consultation reports in the genre's shapes, from a fixed seed: varied
 * people (drawn so some recur across reports), organisations, posts, meetings and themes. For
 * the ingest and API benchmarks and the crash test; the text is generated, never stored.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘';
const PLACES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '南京',
  '成都',
  '武汉',
  '西安',
  '重庆',
  '天津',
  '长沙',
  '郑州',
  '济南',
  '合肥',
  '福州',
  '昆明',
  '南宁',
  '贵阳',
  '兰州',
];
const PROVINCES = [
  '江苏',
  '浙江',
  '广东',
  '山东',
  '河南',
  '四川',
  '湖北',
  '湖南',
  '安徽',
  '福建',
  '云南',
  '陕西',
  '河北',
  '江西',
  '辽宁',
];
const ORG_HEADS = [
  '华科',
  '中联',
  '博远',
  '海川',
  '天成',
  '嘉禾',
  '瑞丰',
  '恒信',
  '新元',
  '卓越',
  '东方',
  '银河',
  '远景',
  '智达',
  '金桥',
  '明德',
  '启航',
  '长风',
];
const ORG_TAILS = ['集团', '股份有限公司', '研究院', '大学', '科技有限公司', '研究所'];
const POSTS = ['董事长', '院长', '校长', '总裁', '所长', '首席科学家', '教授', '研究员'];
const KINDS = ['专题协商会', '双周协商座谈会', '远程协商会', '协商座谈会'];
const TOPICS = [
  '推进数字经济高质量发展',
  '加强基层医疗卫生服务',
  '促进乡村产业振兴',
  '完善养老服务体系',
  '推动绿色低碳转型',
  '提升职业教育质量',
  '加快科技成果转化',
  '保障粮食安全',
  '优化营商环境',
  '加强生态环境保护',
];
const THEMES = [
  '算力',
  '数据要素',
  '人工智能',
  '新能源',
  '养老服务',
  '职业教育',
  '种业',
  '碳排放',
  '跨境电商',
  '集成电路',
  '医疗保障',
  '文化旅游',
  '海洋经济',
  '低空经济',
  '生物医药',
];
const ACTIONS = ['加快建设', '完善', '加大对', '推动', '健全', '支持', '建立', '强化'];
const OBJECTS = [
  '公共服务平台',
  '专项资金',
  '人才培养机制',
  '标准体系',
  '协同创新机制',
  '示范基地',
  '监测网络',
  '政策支持体系',
];

/** mulberry32: small, fast and reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

function personName(rnd: () => number): string {
  // A skewed draw: a few thousand people recur across reports, as real committee members do.
  const s = SURNAMES[Math.floor(rnd() * rnd() * SURNAMES.length)] ?? '王';
  const g =
    (GIVEN[Math.floor(rnd() * GIVEN.length)] ?? '') +
    (rnd() < 0.7 ? (GIVEN[Math.floor(rnd() * GIVEN.length)] ?? '') : '');
  return s + g;
}

export interface SyntheticReport {
  source: string;
  text: string;
  published: string;
}

/** The i-th report of the corpus for a seed. */
export function syntheticReport(seed: number, i: number): SyntheticReport {
  const rnd = random(seed * 1_000_003 + i);
  const province = pick(rnd, PROVINCES);
  const city = pick(rnd, PLACES);
  const kind = pick(rnd, KINDS);
  const topic = pick(rnd, TOPICS);
  const year = 2019 + Math.floor(rnd() * 6);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const body: string[] = [
    `${province}省政协召开${kind} 围绕${topic}建言献策`,
    `${month}月${day}日，${province}省政协在${city}召开${kind}，围绕“${topic}”协商议政。省政协主席${personName(rnd)}主持会议。`,
  ];
  const speakers = 3 + Math.floor(rnd() * 5);
  for (let k = 0; k < speakers; k++) {
    const name = personName(rnd);
    const org = `${pick(rnd, PLACES)}${pick(rnd, ORG_HEADS)}${pick(rnd, ORG_TAILS)}`;
    const theme = pick(rnd, THEMES);
    const pronoun = rnd() < 0.5 ? '他' : '她';
    const para = rnd();
    if (para < 0.4) {
      body.push(
        `省政协委员、${org}${pick(rnd, POSTS)}${name}表示，当前${theme}发展仍面临不少困难。${pronoun}建议，${pick(rnd, ACTIONS)}${theme}${pick(rnd, OBJECTS)}，${pick(rnd, ACTIONS)}${pick(rnd, OBJECTS)}。`,
      );
    } else if (para < 0.7) {
      body.push(
        `“要${pick(rnd, ACTIONS)}${theme}${pick(rnd, OBJECTS)}，让更多企业受益。”省政协常委、${org}${pick(rnd, POSTS)}${name}说。`,
      );
    } else {
      body.push(
        `在省政协委员、${org}${pick(rnd, POSTS)}${name}看来，应${pick(rnd, ACTIONS)}${theme}${pick(rnd, OBJECTS)}，${pick(rnd, ACTIONS)}${pick(rnd, OBJECTS)}。`,
      );
    }
  }
  body.push('与会委员认为，要坚持问题导向，推动各项工作落地见效。');
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { source: `synthetic/${seed}/${i}.txt`, text: body.join('\n\n') + '\n', published };
}

/** The corpus as a stream: one report at a time, however many. */
export function* syntheticCorpus(seed: number, count: number): Generator<SyntheticReport> {
  for (let i = 0; i < count; i++) yield syntheticReport(seed, i);
}
