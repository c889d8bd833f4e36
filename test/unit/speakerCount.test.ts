import { announcedSpeakers, countOf, truncated } from '../../ingest/attribute/speakerCount';
import { layout } from '../../ingest/normalise/layout';

describe('how many speakers a report announces', () => {
  test.each([
    ['14位全国政协常委作大会发言。', 14],
    ['会上，十三位委员先后发言。', 13],
    ['10名省政协委员作大会发言。', 10],
    ['二十三位委员围绕主题发言。', 23],
    ['两位专家作专题发言。', 2],
    ['張明遠等5位政協委員先後發言。', 5],
    ['全国政协委员张明远表示，应加强研究。', null],
    ['大会秘书处共收到发言稿57份。', null],
  ])('%s → %s', (text, expected) => {
    expect(announcedSpeakers(layout(text))).toBe(expected);
  });

  test.each([
    ['14', 14],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['两', 2],
    ['百', null],
  ])('reads the count %s as %s', (text, expected) => {
    expect(countOf(text)).toBe(expected);
  });
});

describe('a text that stops mid-sentence', () => {
  test.each([
    ['ends mid-sentence', '全国政协委员张明远表示，应当加强社区养老服务体系的统筹规划和', true],
    [
      'ends with a full stop',
      '全国政协委员张明远表示，应当加强社区养老服务体系的统筹规划。',
      false,
    ],
    ['ends with a byline', '全国政协委员张明远表示，应当加强统筹规划。\n\n（记者 李想）', false],
    ['is too short to tell', '会议纪要', false],
  ])('%s: %s', (_what, text, expected) => {
    expect(truncated(layout(text))).toBe(expected);
  });
});
