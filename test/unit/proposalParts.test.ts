import { proposalParts, respectiveParts } from '../../ingest/graph/proposalParts';

const parts = (text: string): string[] =>
  proposalParts(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('the proposals of one clause', () => {
  test.each([
    ['a clause whole', '应加快建设，完善制度。', ['应加快建设，完善制度。']],
    [
      'numbered points after an announcement',
      '提出三点建议：一是支持医院提升能力，二是加强科技创新，三是加强辐射能力。',
      ['一是支持医院提升能力', '二是加强科技创新', '三是加强辐射能力。'],
    ],
    [
      'numbered points with 第',
      '第一，完善立法，第二，加强执法。',
      ['第一，完善立法', '第二，加强执法。'],
    ],
    [
      'titles listed in quotation marks',
      '分别为“把市民广场建得更美”、“兴建功臣纪念馆的建议”和“调整规划强化扶持”。',
      ['把市民广场建得更美', '兴建功臣纪念馆的建议', '调整规划强化扶持'],
    ],
    [
      'quoted words inside an argument, which stay one proposal',
      '“台独”势力是“和平破坏者”、“危机制造者”，必须引起高度警惕。',
      ['“台独”势力是“和平破坏者”、“危机制造者”，必须引起高度警惕。'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('one topic each for speakers named together (分别)', () => {
  const respective = (text: string, speakers: number): string[] | null => {
    const open = /分别(?:围绕|就)/.exec(text);
    const start = open ? open.index + open[0].length : 0;
    const end = text.search(/建言|作发言|发言/);
    const parts = respectiveParts(text, 0, start, end, speakers);
    return parts && parts.map(([s, e]) => text.slice(s, e));
  };
  test.each([
    [
      'as many topics as speakers',
      '甲、乙、丙分别围绕加快建设、完善体系、补齐短板等建言',
      3,
      ['加快建设', '完善体系', '补齐短板'],
    ],
    [
      'quoted topics',
      '甲委员、乙委员分别就“统计数据”、“社会和谐”在会上作发言',
      2,
      ['统计数据', '社会和谐'],
    ],
    [
      'a count after the topics',
      '甲、乙分别围绕加快建设、完善体系等两个方面的内容进行了建言',
      2,
      ['加快建设', '完善体系'],
    ],
    [
      'fewer speakers than topics: none',
      '甲、乙等8位委员分别就加快建设、完善体系、补齐短板等建言',
      2,
      [],
    ],
  ])('%s', (_what, text, speakers, expected) => {
    expect(respective(text, speakers)).toEqual(expected);
  });

  test('is no reading at all without 分别', () => {
    const text = '甲、乙围绕加快建设、完善体系建言';
    expect(respectiveParts(text, 0, 7, text.indexOf('建言'), 2)).toBeNull();
  });
});
