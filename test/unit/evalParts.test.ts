import { readGathered } from '../../src/eval/corpus';
import { errorKinds } from '../../src/eval/errorKinds';
import { parseIob2 } from '../../src/eval/iob2';
import { score } from '../../src/eval/score';

describe('the evaluation', () => {
  test('reads a gathered report: header lines off, the date line as the publication date', () => {
    const raw = '# source: http://example.org/a\n# date: 2023-07-22 (publication)\n标题\n\n正文。';
    expect(readGathered(raw)).toEqual({ text: '标题\n\n正文。', published: '2023-07-22' });
  });

  test('reads an undated report as undated', () => {
    expect(readGathered('# source: x\n# date: unknown\n正文。').published).toBeNull();
  });

  test.each([
    [
      'a cut name as one boundary error',
      ['朱邦造'],
      ['朱邦'],
      { missed: 0, spurious: 0, boundary: 1 },
    ],
    ['unrelated names apart', ['张三'], ['李四'], { missed: 1, spurious: 1, boundary: 0 }],
    [
      'titles by their person',
      ['张三|委员'],
      ['张三丰|委员'],
      { missed: 0, spurious: 0, boundary: 1 },
    ],
  ])('sorts %s', (_what, missed, spurious, expected) => {
    expect(errorKinds(missed, spurious)).toEqual(expected);
  });

  test('reads entities of an IOB2 file as offsets into the sentence', () => {
    const iob2 = [
      '# sent_id = 1',
      '# text = 张三在北京大学工作。',
      '1\t张三\tB-PER\t-\t-',
      '2\t在\tO\t-\t-',
      '3\t北京\tB-ORG\t-\t-',
      '4\t大学\tI-ORG\t-\t-',
      '5\t工作\tO\t-\t-',
      '6\t。\tO\t-\t-',
      '',
      '# text = 好。',
      '1\t好\tO\t-\t-',
      '2\t。\tO\t-\t-',
    ].join('\n');
    expect(parseIob2(iob2)).toEqual([
      {
        text: '张三在北京大学工作。',
        entities: [
          { start: 0, end: 2, label: 'PER' },
          { start: 3, end: 7, label: 'ORG' },
        ],
      },
      { text: '好。', entities: [] },
    ]);
  });
});

describe('proposal errors by kind', () => {
  const text = '甲说，应加快建设。乙说，要完善制度。丙说，成效显著。';
  const gold = {
    persons: [{ name: '张明远' }, { name: '李晓华' }, { name: '王建平' }],
    proposals: [
      { speaker: '张明远', evidence: ['应加快建设'] },
      { speaker: '李晓华', evidence: ['要完善制度'] },
      { speaker: '王建平', evidence: ['成效显著'] },
    ],
  };
  test('tells a wrong speaker, a statement, a miss and a spurious find apart', () => {
    const s = score(text, gold, {
      persons: [{ name: '张明远' }, { name: '李晓华' }, { name: '王建平' }],
      proposals: [
        { speaker: '李晓华', text: '应加快建设' },
        { speaker: '张明远', text: '甲说' },
      ],
      statements: [{ speaker: '王建平', text: '成效显著' }],
    });
    expect(s.proposals.proposalErrors).toEqual({
      wrongSpeaker: 1,
      asStatement: 1,
      missed: 1,
      spurious: 1,
    });
  });
});
