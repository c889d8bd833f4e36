import type { Mention } from '../../ingest/recognise/mention';
import { mergeMentions } from '../../ingest/recognise/mergeMentions';

const m = (source: string, score: number, at: [number, number], titles = 0): Mention => ({
  block: 0,
  start: at[0],
  nameStart: at[0],
  nameEnd: at[1],
  titles: Array.from({ length: titles }, () => ({
    start: 0,
    end: 0,
    orgStart: 0,
    orgEnd: 0,
    post: '委员',
    former: false,
  })),
  key: `${source}${at.join('-')}`,
  source,
  score,
});

describe('the rules-over-tagger merge policy', () => {
  test.each([
    [
      'a rule over the tagger on the same characters',
      [m('tagger', 0.7, [0, 3]), m('rule:titled', 0.95, [0, 2], 1)],
      ['rule:titled:1'],
    ],
    [
      'both where they do not overlap',
      [m('tagger', 0.7, [5, 8]), m('rule:titled', 0.95, [0, 2])],
      ['rule:titled:0', 'tagger:0'],
    ],
    [
      'the reading with more titles at the same score',
      [m('rule:speaker', 0.8, [0, 3]), m('rule:speaker', 0.8, [0, 3], 2)],
      ['rule:speaker:2'],
    ],
    [
      'the tagger over a bare known name',
      [m('known-name', 0.6, [0, 2]), m('tagger', 0.7, [0, 3])],
      ['tagger:0'],
    ],
  ])('keeps %s', (_what, candidates, sources) => {
    expect(mergeMentions(candidates).map((x) => `${x.source}:${x.titles.length}`)).toEqual(sources);
  });

  test('takes a title after the name from a second reading of the same name', () => {
    const tagged = {
      ...m('tagger', 0.7, [0, 3]),
      trailing: { start: 3, end: 5, orgStart: 3, orgEnd: 3, post: '常委', former: false },
    };
    const [kept] = mergeMentions([m('rule:speaker', 0.8, [0, 3]), tagged]);
    expect([kept?.source, kept?.trailing?.post]).toEqual(['rule:speaker', '常委']);
  });
});
