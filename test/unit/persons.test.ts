import { extractText, personNames } from '../helpers/extractText';

describe('recognising people', () => {
  test.each([
    [
      'a title chain before the name and a speech verb',
      '全国政协委员、某某大学校长张明远表示，应加强基础研究。',
      ['张明远'],
    ],
    ['the title after the name', '车俊常委建议，加快建设统一市场。', ['车俊']],
    [
      'a quote first and the speaker after it',
      '「要加快改革。」全國政協委員、某研究院院長黃立群表示。',
      ['黃立群'],
    ],
    [
      'an adverb between name and verb',
      '全国政协委员、某公司董事长王坚也认为，要营造开放生态。',
      ['王坚'],
    ],
    [
      'the venue between name and verb',
      '全国政协常委、某学院院士钱为民在上海市政协分会场表示，应强化创新。',
      ['钱为民'],
    ],
    ['在…看来', '在全国政协委员、某部原副部长李萌看来，应加大布局力度。', ['李萌']],
    ['a compound surname', '全国政协委员、某大学教授欧阳明远说，要摸清家底。', ['欧阳明远']],
    [
      'a person only mentioned with an honorific',
      '要深入学习领会习近平总书记重要论述。',
      ['习近平'],
    ],
    [
      'a name jieba does not know, after a title',
      '全國政協委員、廣州某科技股份有限公司董事長兼總裁孫志強信心滿滿。',
      ['孫志強'],
    ],
    [
      'an untitled name whose given name is also a word (宏伟, 国庆)',
      '只有高中文凭的张宏伟被破格录用了，刘国庆每天凌晨起床。',
      ['刘国庆', '张宏伟'],
    ],
    [
      'words named after them (马克思主义, 马克思列宁主义, 汤姆斯杯), and no one from 社会主义 or 世界杯',
      '坚持马克思主义，学习马克思列宁主义，坚持社会主义。汤姆斯杯和世界杯都在举行。',
      ['列宁', '汤姆斯', '马克思'],
    ],
    ['a rarer surname (闪)', '闪远明委员代表农工党市委发言，提出加快中医药发展。', ['闪远明']],
    [
      'a title chain, not the body read on into a post (盐田区委|常委)',
      '盐田区委常委、副区长王宏远介绍了情况，机关党委副书记李远明参加。',
      ['李远明', '王宏远'],
    ],
    ['a rarer surname (印)', '印远红委员提出，要加大政策落实督查力度。', ['印远红']],
  ])('finds a person from %s', async (_how, text, expected) => {
    expect(personNames(await extractText(text))).toEqual(expected);
  });

  test.each([
    [
      'the tagger cut at the dot',
      '自治区政协委员买买提明·托合提巴克建议，加强文化建设。',
      [['买买提明·托合提巴克', '自治区政协委员']],
    ],
    [
      'a rule read only the first part',
      '常委帕尔哈提·艾山江表示，要加强保护。',
      [['帕尔哈提·艾山江', '常委']],
    ],
    [
      'a shared title over two of them',
      '自治区政协常委吐尔洪·买合木提江、古丽米拉·艾山江发言。',
      [
        ['古丽米拉·艾山江', '自治区政协常委'],
        ['吐尔洪·买合木提江', '自治区政协常委'],
      ],
    ],
    [
      'the tagger cut its last part before an adverb-like character (阿不|都满金)',
      '自治区政协主席努尔远·阿不都满金出席会议。',
      [['努尔远·阿不都满金', '自治区政协主席']],
    ],
    [
      'no surname to open it',
      '全国政协委员帕尔哈提·托合提巴克出席。',
      [['帕尔哈提·托合提巴克', '全国政协委员']],
    ],
  ])('reads a transliterated name whole where %s', async (_how, text, expected) => {
    const g = await extractText(text);
    const read = g.persons.map((p) => [p.name, p.titles.map((t) => t.title).join('、')]);
    expect(read.sort()).toEqual([...expected].sort());
  });

  test.each([
    ['an adverb', '美国总统约翰·肯尼迪曾说。', ['约翰·肯尼迪']],
    ['a delegation (一行)', '会见了美国某公司董事长约翰·史密斯一行。', ['约翰·史密斯']],
  ])('ends a transliterated name before %s after it', async (_what, text, names) => {
    expect(personNames(await extractText(text))).toEqual(names);
  });

  test.each([
    ['a collective subject', '与会委员认为，要坚持保护优先。'],
    ['common words before a speech verb', '会议强调，要精心做好各项准备。专家表示，应加强监管。'],
    ['an organisation before a title', '全国政协委员会同有关部门研究。'],
    ['a pronoun', '他建议，完善机制。'],
  ])('finds no person in %s', async (_how, text) => {
    expect(personNames(await extractText(text))).toEqual([]);
  });

  test.each([
    ['one untitled name before 等 and the post', '黄远贤等委员提交了提案。', [['黄远贤', '委员']]],
    [
      'a titled name: the post after 等 is the others’',
      '市政协主席王建远等住渝全国政协委员出席。',
      [['王建远', '市政协主席']],
    ],
  ])('reads the post of 甲等委员 where %s', async (_how, text, expected) => {
    const g = await extractText(text);
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title).join('、')])).toEqual(
      expected,
    );
  });

  test('keeps 王滬寧 and 王沪宁 as one person with both forms', async () => {
    const g = await extractText('全國政協主席王滬寧主持會議。王沪宁表示，要增强实效。');
    expect(g.persons).toHaveLength(1);
    expect(g.persons[0]?.name).toBe('王滬寧');
    expect(g.persons[0]?.aliases).toEqual(['王沪宁']);
  });

  test('reads titles, organisations and a former post', async () => {
    const g = await extractText(
      '全國政協教科衛體委員會副主任、科技部原部長李志明表示，應加強研究。',
    );
    const p = g.persons[0];
    expect(p?.titles.map((t) => [t.title, t.organisation, t.post, t.former])).toEqual([
      ['全國政協教科衛體委員會副主任', '全國政協教科衛體委員會', '副主任', false],
      ['科技部原部長', '科技部', '部長', true],
    ]);
    expect(p?.organisations).toEqual(['全國政協教科衛體委員會', '科技部']);
  });

  test('records who a speaker represents', async () => {
    const g = await extractText('民盟中央副主席宋立群代表民盟中央发言。她说，应完善养老保障制度。');
    expect(g.persons[0]?.represents).toEqual(['民盟中央']);
    expect(g.edges.some((e) => e.type === 'REPRESENTS' && e.from === 'person:宋立群')).toBe(true);
  });

  test('gives no title of its own to a post said short after the name (某某主席 of 全国政协主席某某)', async () => {
    const g = await extractText('全国政协主席张明远出席会议。张明远主席指出，要加强保护。');
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['张明远', ['全国政协主席']],
    ]);
    const posts = g.edges.filter((e) => e.type === 'HOLDS_POST').map((e) => e.properties.title);
    expect(posts).toEqual(['全国政协主席']);
  });

  test('keeps a name as the text writes it, pronunciation glosses and all, as an alias', async () => {
    const g = await extractText('全國政協(xié)委員宋衛(wèi)健說，要加快建設。');
    expect(g.persons.map((p) => [p.name, p.aliases])).toEqual([['宋衛健', ['宋衛(wèi)健']]]);
    expect(g.organisations.map((o) => [o.name, o.aliases])).toEqual([
      ['全國政協', ['全國政協(xié)']],
    ]);
  });

  test('gives a body a person holds a post at and speaks for one node', async () => {
    const g = await extractText(
      '民建中央副主席张明远代表民建中央发言建议，加快建设全国统一大市场。',
    );
    expect(g.organisations).toHaveLength(1);
    const [org] = g.organisations;
    const to = (type: string): string[] => g.edges.filter((e) => e.type === type).map((e) => e.to);
    expect([to('HOLDS_POST'), to('REPRESENTS')]).toEqual([[org?.id], [org?.id]]);
  });

  test('quotes a title and its body as the text writes them, glosses and all', async () => {
    const g = await extractText('市政協(xié)副主席宋衛(wèi)健主持會議。');
    const [p] = g.persons;
    expect(p?.titles.map((t) => [t.title, t.post, t.organisation])).toEqual([
      ['市政協(xié)副主席', '副主席', '市政協(xié)'],
    ]);
    expect(p?.organisations).toEqual(['市政協(xié)']);
    // The organisation itself keeps its plain name, so both spellings find one node.
    expect(g.organisations.map((o) => [o.name, o.aliases])).toEqual([['市政協', ['市政協(xié)']]]);
  });

  test.each([
    ['自治区主席', null],
    ['副省长', null],
    ['自治区党委书记', '自治区党委'],
  ])('gives the title %s the body %s', async (title, body) => {
    const g = await extractText(`${title}张明远出席会议。`);
    expect(g.persons.flatMap((p) => p.titles.map((t) => [t.title, t.organisation]))).toEqual([
      [title, body],
    ]);
  });

  test.each([
    [
      'the one person of that surname',
      '台籍委员张明远对记者说。张委员今年更关注海外。',
      ['张明远'],
    ],
    [
      'no one when two share it',
      '委员张明远、张晓华出席。记者见到了张先生。',
      ['张', '张明远', '张晓华'],
    ],
  ])('takes a surname alone (张委员, 张先生) for %s', async (_what, text, expected) => {
    expect(personNames(await extractText(text))).toEqual(expected);
  });
});
