import { fold } from '../../src/domain/fold';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import { titleRules } from '../../ingest/recognise/title';
import { extractText } from '../helpers/extractText';

const { parseChain } = titleRules(defaultLexicon());

function parse(chain: string): { org: string; post: string; former: boolean }[] {
  const f = fold(chain);
  return parseChain(f, 0, f.length).map((t) => ({
    org: f.slice(t.orgStart, t.orgEnd),
    post: t.post,
    former: t.former,
  }));
}

describe('title chains', () => {
  test.each([
    ['科技部原部長', [{ org: '科技部', post: '部长', former: true }]],
    ['全國政協委員', [{ org: '全国政协', post: '委员', former: false }]],
    [
      '全國政協教科衛體委員會副主任',
      [{ org: '全国政协教科卫体委员会', post: '副主任', former: false }],
    ],
    ['公司董事長兼總裁', [{ org: '公司', post: '董事长兼总裁', former: false }]],
    [
      '某大学校长兼某研究院院长',
      [
        { org: '某大学', post: '校长', former: false },
        { org: '某研究院', post: '院长', former: false },
      ],
    ],
    ['深圳大学特聘教授', [{ org: '深圳大学', post: '特聘教授', former: false }]],
    ['总书记', [{ org: '', post: '总书记', former: false }]],
    ['自治区党委书记', [{ org: '自治区党委', post: '党委书记', former: false }]],
    ['县人大常委会党组书记', [{ org: '县人大常委会党组', post: '党组书记', former: false }]],
    ['党委书记', [{ org: '', post: '党委书记', former: false }]],
    ['省委统战部二级巡视员', [{ org: '省委统战部', post: '二级巡视员', former: false }]],
    // A head's post written short shares its first character with the body's name.
    ['市公安局长', [{ org: '市公安局', post: '局长', former: false }]],
    ['省委统战部长', [{ org: '省委统战部', post: '部长', former: false }]],
    ['公安局局长', [{ org: '公安局', post: '局长', former: false }]],
    ['某大学校长', [{ org: '某大学', post: '校长', former: false }]],
    // A department's post: the person belongs to the institution, not to its department.
    ['某医院麻醉科主任医师', [{ org: '某医院', post: '主任医师', former: false }]],
    ['某集团行政事务中心总经理', [{ org: '某集团', post: '总经理', former: false }]],
    ['省农业厅科教处副处长', [{ org: '省农业厅', post: '副处长', former: false }]],
    ['某大学文化研究中心主任', [{ org: '某大学文化研究中心', post: '主任', former: false }]],
    [
      '民建某区基层委员会二支部主委',
      [{ org: '民建某区基层委员会二支部', post: '主委', former: false }],
    ],
    ['医药卫生组委员', [{ org: '', post: '委员', former: false }]],
    ['全国人大代表召集人', [{ org: '全国人大', post: '召集人', former: false }]],
  ])('parses %s', (chain, expected) => {
    expect(parse(chain)).toEqual(expected);
  });

  test('splits a chain at 、', () => {
    expect(parse('中共中央政治局常委、全國政協主席').map((t) => t.org)).toEqual([
      '中共中央政治局',
      '全国政协',
    ]);
  });
});

describe('where a title chain begins', () => {
  test.each([
    ['a picture’s file name before it', '1.jpg中共山东省委书记王建远出席。', '中共山东省委书记'],
    ['not a company’s Latin name', 'TCL集团董事长李远明出席。', 'TCL集团董事长'],
    ['其中, which is no part of it', '其中全国政协主席王建远出席。', '全国政协主席'],
    ['a grade before the post', '湖南省委统战部二级巡视员刘丽远出席。', '湖南省委统战部二级巡视员'],
    [
      'an era word inside a body’s name',
      '香港中文大学当代中国文化研究中心荣誉研究员凌远诗发言。',
      '香港中文大学当代中国文化研究中心荣誉研究员',
    ],
    ['经 opening a word, not a lead (经济组)', '会上，经济组委员王建远发言。', '经济组委员'],
    ['members resident in a place (住渝)', '住渝全国政协委员王济远发言。', '住渝全国政协委员'],
  ])('%s', async (_what, text, title) => {
    const g = await extractText(text);
    expect(g.persons[0]?.titles.map((t) => t.title)).toEqual([title]);
  });
});
