import { proposalParts } from '../../ingest/graph/proposalParts';

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
