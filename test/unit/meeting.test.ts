import { extract } from '../../ingest/extract';
import { extractText } from '../helpers/extractText';

describe('the meeting', () => {
  test('reads kind, date, place, topic, convenor and chair', async () => {
    const g = await extractText(
      '4月26日，全國政協在京召開遠程協商會，圍繞「深化人工智慧應用」協商議政。全國政協主席張明主持會議。',
      '2024-04-27',
    );
    expect(g.meeting).toMatchObject({
      name: '遠程協商會',
      date: '2024-04-26',
      location: '北京',
      topic: '深化人工智慧應用',
      convenor: '全國政協',
      chair: '張明',
    });
    expect(
      g.edges
        .filter((e) => e.type === 'CHAIRS' || e.type === 'CONVENES')
        .map((e) => e.type)
        .sort(),
    ).toEqual(['CHAIRS', 'CONVENES']);
  });

  test('reads a meeting named before its verb', async () => {
    const g = await extractText(
      '3日下午，全国政协十四届常委会第八次会议在北京举行大会发言。',
      '2024-09-03',
    );
    expect(g.meeting).toMatchObject({
      name: '全国政协十四届常委会第八次会议',
      date: '2024-09-03',
      location: '北京',
    });
  });

  test.each([
    ['in session here', '中新社北京6月18日电 全国政协十三届常委会第七次会议正在此间举行。'],
    ['with no place', '6月18日，全国政协十三届常委会第七次会议举行大会发言。'],
  ])('reads a meeting named before its verb, %s', async (_what, text) => {
    const g = await extractText(text, '2019-06-18');
    expect(g.meeting).toMatchObject({ name: '全国政协十三届常委会第七次会议', date: '2019-06-18' });
  });

  test.each([
    [
      'a headline naming a session and its group',
      '全国政协十三届二次会议澳门小组讨论\n\n委员们表示，要加强合作。',
      '全国政协十三届二次会议澳门小组讨论',
      null,
    ],
    [
      'a session its delegates attend (出席…), with its day',
      '我市出席省政协十届五次会议的委员9日在兰州分组讨论。',
      '省政协十届五次会议',
      '2012-01-09',
    ],
    [
      'a county session and its sitting',
      '1月9日，政协沁县第十四届五次会议第二次全体会议进行大会发言。',
      '政协沁县第十四届五次会议第二次全体会议',
      '2012-01-09',
    ],
    [
      'a numbered biweekly meeting',
      '十四届全国政协第二十四次双周协商座谈会上，委员们建议加强心理健康教育。',
      '十四届全国政协第二十四次双周协商座谈会',
      null,
    ],
  ])(
    'reads a session named by its numbers, with no verb that convenes it: %s',
    async (_what, text, name, date) => {
      const g = await extractText(text, '2012-01-11');
      expect(g.meeting).toMatchObject({ name, date });
    },
  );

  test.each([
    [
      'the day beside the meeting after the dateline',
      '中新社北京7月11日电 全国政协10日在北京召开远程协商会。',
      '2020-07-10',
    ],
    [
      'the day of the month before',
      '中新社北京8月2日电 全国政协30日在北京召开远程协商会。',
      '2020-07-30',
    ],
    [
      'a date given by the next paragraph when the first mention has none',
      '全国政协召开双周协商座谈会\n\n5月11日下午，全国政协在京召开双周协商座谈会。',
      '2020-05-11',
    ],
  ])('dates the meeting by %s', async (_what, text, date) => {
    const g = await extractText(text, '2020-08-02');
    expect(g.meeting?.date).toBe(date);
  });

  test('takes the year from the latest year named when none is given, and says so', async () => {
    const g = await extract2('5月20日，广州市政协召开专题协商会。图为2023年的会场。');
    expect(g.meeting?.date).toBe('2023-05-20');
    expect(g.warnings.join()).toMatch(/year/);
  });

  test('records venues and remote attendance', async () => {
    const g = await extractText(
      '全國政協在京召開遠程協商會。在安徽省政協分會場參會的全國人大代表、某公司董事長劉明認為，應集聚資源。',
    );
    const p = g.persons.find((x) => x.name === '劉明');
    expect(p).toMatchObject({ venue: '安徽省政協分會場', remote: true });
    expect(g.meeting?.venues).toEqual(['安徽省政協分會場']);
  });
});

function extract2(text: string): ReturnType<typeof extractText> {
  return extract(text, { source: 'inline', published: null });
}
