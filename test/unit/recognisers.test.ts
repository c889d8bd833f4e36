import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import { organisationRules } from '../../ingest/recognise/organisations';
import { extractText, personNames } from '../helpers/extractText';

const person = async (text: string, name: string) =>
  (await extractText(text)).persons.find((p) => p.name === name);

describe('the tagger and the rules together', () => {
  test.each([
    ['a name with no title or speech verb near it', '会议期间，李晓华参观了展览。', ['李晓华']],
    [
      'several speakers in one paragraph, titles after the names',
      '王建平常委代表民革中央发言提出，丰富供给。刘文清常委代表民盟中央发言提出，深化改革。',
      ['刘文清', '王建平'],
    ],
    [
      'a three-character name the tagger cuts to two, before a title',
      '孟凡超常委建议，加快建设。',
      ['孟凡超'],
    ],
    ['a foreign name with its separator dot', '会上，哈利·华纳表示反对。', ['哈利·华纳']],
    ['a surname and an honorific, by the surname', '记者见到了陈先生，他说生意很好。', ['陈']],
  ])('finds %s', async (_what, text, expected) => {
    expect(personNames(await extractText(text))).toEqual(expected);
  });

  test.each([
    ['a body before a post', '全国政协主席会议审议了报告。'],
    ['collective members', '委员们认为，要加强保护。'],
  ])('finds no person in %s', async (_what, text) => {
    expect(personNames(await extractText(text))).toEqual([]);
  });

  test('gives one title before a list to every name of the list', async () => {
    const g = await extractText('全国政协委员张明远、李晓华、王建平发言。');
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['张明远', ['全国政协委员']],
      ['李晓华', ['全国政协委员']],
      ['王建平', ['全国政协委员']],
    ]);
  });

  test.each([
    ['及', '全国政协副主席何远华、苏远及咸远明出席。', ['何远华', '苏远', '咸远明']],
    ['和, with two names', '全国政协副主席何远华和咸远明出席。', ['何远华', '咸远明']],
    [
      '及, where the tagger ends the first name later than the rule',
      '全国政协副主席吴远北及陈远勇出席。',
      ['吴远北', '陈远勇'],
    ],
  ])('gives one title before a list to its last name after %s', async (_what, text, names) => {
    const g = await extractText(text);
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual(
      names.map((n) => [n, ['全国政协副主席']]),
    );
  });

  test('keeps the own title of a name after a conjunction (甲和港澳办主任乙)', async () => {
    const p = await person('全国政协副主席何远华和港澳办主任夏远龙出席。', '夏远龙');
    expect(p?.titles.map((t) => t.title)).toEqual(['港澳办主任']);
  });

  test.each([
    [
      "a leading group's head",
      '国务院副总理、中央外事工作领导小组组长李远明出席会议。',
      '李远明',
      ['国务院副总理', '中央外事工作领导小组组长'],
    ],
    [
      "a society's executive head",
      '澳门山东社团总会执行会长何远欣表示，要加强。',
      '何远欣',
      ['澳门山东社团总会执行会长'],
    ],
    ['a legislator', '立法会议员吴远北表示，要加强。', '吴远北', ['立法会议员']],
    [
      "a society's head of supervisors",
      '香港某联谊总会监事长施远汶出席。',
      '施远汶',
      ['香港某联谊总会监事长'],
    ],
    [
      'a post before a verb of leading (率)',
      '广州市市长温远辉率有关部门负责人参加座谈会。',
      '温远辉',
      ['广州市市长'],
    ],
  ])('reads the titles of %s', async (_what, text, name, titles) => {
    expect((await person(text, name))?.titles.map((t) => t.title)).toEqual(titles);
  });

  test('carries a title through a list item whose surname the lexicon does not know', async () => {
    const g = await extractText('全国政协委员张明远、李晓华、计远华、王建平发言。');
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title)])).toContainEqual([
      '王建平',
      ['全国政协委员'],
    ]);
  });

  test('gives the post after a list counted with 等 and a number', async () => {
    const p = await person('会上,吴远明、蔡远华等8位委员分别发言。', '吴远明');
    expect(p?.titles.map((t) => t.title)).toEqual(['委员']);
  });

  test('gives no title when a verb stands between the list and the post', async () => {
    const p = await person('周远清、翁远耀、赖远军等到会听取委员发言。', '周远清');
    expect(p?.titles ?? []).toEqual([]);
  });

  test('leaves a conjunction out of the title after a list', async () => {
    const p = await person('全国政协委员张明远、李晓华,以及企业代表王建平发言。', '王建平');
    expect(p?.titles.map((t) => t.title)).toEqual(['企业代表']);
  });

  test('gives the post after a counted list to every name of the list', async () => {
    const g = await extractText('张明远、李晓华、王建平3位委员作大会发言。');
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual([
      ['张明远', ['委员']],
      ['李晓华', ['委员']],
      ['王建平', ['委员']],
    ]);
  });

  test("gives a bare 常委 the report's consultative body", async () => {
    const p = await person('14位全国政协常委作大会发言。王建平常委建议，加快立法。', '王建平');
    expect(p?.titles.map((t) => [t.title, t.organisation])).toEqual([['常委', '全国政协']]);
  });

  test('counts a body spoken for among the organisations', async () => {
    const p = await person('王建平常委代表民革中央发言提出，丰富供给。', '王建平');
    expect(p?.organisations).toContain('民革中央');
    expect(p?.represents).toEqual(['民革中央']);
  });

  test.each([
    ['在大会发言', '王建平委员代表致公党某市委在大会发言，建议加快建设。'],
    ['向大会作《…》的发言', '王建平委员代表致公党某市委向大会作《关于加快建设的建议》的主题发言。'],
  ])('ends the body spoken for before %s', async (_how, text) => {
    const p = await person(text, '王建平');
    expect(p?.represents).toEqual(['致公党某市委']);
  });

  test('starts a title chain after the verb the clause opened with', async () => {
    const p = await person('丁立国昨日听取了国务院总理李强的报告。', '李强');
    expect(p?.titles.map((t) => t.title)).toEqual(['国务院总理']);
  });

  test('keeps a photographer apart from the credit verb', async () => {
    expect(personNames(await extractText('（新华社记者李想摄）'))).toEqual(['李想']);
  });

  test('says which component found each person', async () => {
    const { read } = await import('../../ingest/extract');
    const doc = await read('全国政协委员张明远表示，应加强研究。会上，李晓华参观了展览。', {
      source: 'inline',
    });
    expect(doc.mentions.map((m) => [m.key, m.source])).toEqual([
      ['张明远', 'rule:titled'],
      ['李晓华', 'tagger'],
    ]);
    expect(doc.spans.some((s) => s.label === 'PER' && s.source === 'tagger')).toBe(true);
  });
});

describe('titles and the bodies behind them', () => {
  test.each([
    [
      'a body spoken for before a speech title',
      '省政协常委周立新代表民盟省委会作了《关于乡村建设的建议》的发言。',
      '周立新',
      ['省政协', '民盟省委会'],
    ],
    [
      'a body spoken for before 提出',
      '张帆常委代表民进中央提出，要完善预案。',
      '张帆',
      ['民进中央'],
    ],
    [
      "the region of a body's members and of a convener, which are no bodies",
      '上海政协港澳常委、香港召集人杜惠远表示，要加强交流。',
      '杜惠远',
      ['上海政协'],
    ],
    [
      '中国 before 全国政协 (outlets outside the mainland)',
      '中国全国政协委员张泽熙表示，要加强交流。',
      '张泽熙',
      ['全国政协'],
    ],
    ['a deputy post with no body', '区委常委、常务副区长张艳林出席。', '张艳林', ['区委']],
    [
      'a bare 政协 as the body the report names',
      '顺义区政协召开座谈会。胡汉军、赵璐冰2位政协委员先后发言。',
      '赵璐冰',
      ['顺义区政协'],
    ],
    ['a tenure word before the body (新任)', '新任市政协委员胡远元发言。', '胡远元', ['市政协']],
    [
      'a tenure word before the body (新一届)',
      '新一届甘肃省政协委员廖远轩表示，要加强交流。',
      '廖远轩',
      ['甘肃省政协'],
    ],
    [
      'a delegation before the national body',
      '港区全国政协委员高志远表示，要加强交流。',
      '高志远',
      ['全国政协'],
    ],
    [
      'a delegation and a native place before the national body',
      '澳区闽籍全国政协委员陈明远建议，加快合作。',
      '陈明远',
      ['全国政协'],
    ],
    [
      'a delegation before a provincial body',
      '港区广东省政协常委张广远建议，加快合作。',
      '张广远',
      ['广东省政协'],
    ],
    [
      'a bare 委员 as the body the report writes most often',
      '河北省政协召开会议。省政协主席叶东松出席。省政协副主席李明远讲话。王建平委员建议，加快立法。',
      '王建平',
      ['省政协'],
    ],
    [
      'a bare 委员 before a list as the body the report names',
      '福建省政协召开会议。委员许庆远、苏建远出席。',
      '苏建远',
      ['福建省政协'],
    ],
    [
      'a bare 副主席 as the body the report names',
      '槐荫区政协召开会议。副主席朱军远、李咸远出席。',
      '朱军远',
      ['槐荫区政协'],
    ],
    [
      'a delegation alone before a bare post',
      '中山市政协召开会议。澳区委员梁健远表示，要加强合作。',
      '梁健远',
      ['中山市政协'],
    ],
    [
      'a bare 委员 as the body named by its own place, not by its province',
      '浙江省丽水市政协召开会议。委员陈远东建议，加快发展。',
      '陈远东',
      ['丽水市政协'],
    ],
    [
      'a bare 委员 as the body named by its own place, not by its city',
      '厦门市思明区政协召开会议。委员董远玲建议，加快发展。',
      '董远玲',
      ['思明区政协'],
    ],
    [
      'a bare 委员 as a county body located by its province and its city',
      '山东省滨州市博兴县政协召开会议。委员胡远兰建议，加快发展。',
      '胡远兰',
      ['博兴县政协'],
    ],
    [
      'a bare 委员 as a city body whose name holds a prefecture word (广州市)',
      '广州市越秀区政协召开会议。委员李远光建议，加快发展。',
      '李远光',
      ['越秀区政协'],
    ],
    [
      'a bare 委员 as a municipality body, which no place locates',
      '北京市政协召开会议。委员王远华建议，加快发展。',
      '王远华',
      ['北京市政协'],
    ],
    [
      "a body's party group and the body it belongs to",
      '湖南省政协党组成员胡远林出席。',
      '胡远林',
      ['湖南省政协党组', '湖南省政协'],
    ],
    [
      "a ministry's organs committee and the ministry",
      '文化和旅游部机关党委副书记孙远霞发言。',
      '孙远霞',
      ['文化和旅游部机关党委', '文化和旅游部'],
    ],
    [
      "a region's party committee, a body of its own",
      '自治区党委书记陈远国出席。',
      '陈远国',
      ['自治区党委'],
    ],
    [
      'a body spoken for as the report writes it, pronunciation glosses and all',
      '梁遠群委員代表市工商業(yè)聯合會發言，建議加快建設。',
      '梁遠群',
      ['市工商業(yè)聯合會'],
    ],
    [
      'people spoken for, not a body',
      '牛平远委员代表刘智明、李志远委员作联合发言提出，要融合发展。',
      '牛平远',
      [],
    ],
  ])('reads %s', async (_what, text, name, organisations) => {
    expect((await person(text, name))?.organisations).toEqual(organisations);
  });

  test('gives 常务 to the post, not to a body (常务副市长)', async () => {
    const g = await extractText('市委常委、常务副市长柯吉远到会听取发言。');
    expect(g.persons.map((p) => [p.name, p.organisations])).toEqual([['柯吉远', ['市委']]]);
    expect(g.organisations.map((o) => o.name)).not.toContain('常务');
  });

  test('gives 代表 after a post no title of the people spoken for', async () => {
    const p = await person(
      '牛平远委员代表刘智明、李志远委员作联合发言提出，要融合发展。',
      '刘智明',
    );
    expect(p?.titles.map((t) => t.title)).toEqual(['委员']);
  });
});

describe('titles after the names', () => {
  test.each([
    [
      'a post by election, to one name',
      '全体委员投票选举，庄树远当选为市政协主席，会议闭幕。',
      [['庄树远', ['市政协主席']]],
    ],
    [
      'a post by election, to every name of a list',
      '徐小丽、林少远当选副主席。',
      [
        ['徐小丽', ['副主席']],
        ['林少远', ['副主席']],
      ],
    ],
    [
      'a post, a copula and a list',
      '会议执行主席是马卫远、许明远。',
      [
        ['马卫远', ['会议执行主席']],
        ['许明远', ['会议执行主席']],
      ],
    ],
    [
      'a conjunction after a list joins people, not titles',
      '胡旭远、袁新远和秘书长卿渐远出席会议。',
      [
        ['胡旭远', []],
        ['袁新远', []],
        ['卿渐远', ['秘书长']],
      ],
    ],
    [
      'a party post the tagger reads as a verb and a post',
      '蒲城街道党工委组织委员卢子远发言。',
      [['卢子远', ['蒲城街道党工委组织委员']]],
    ],
    [
      'a company title with a bracketed part',
      '上海紫江(集团)有限公司董事长沈雯远表示，要创新。',
      [['沈雯远', ['上海紫江(集团)有限公司董事长']]],
    ],
    [
      "a session's ordinal inside the title",
      '省政协十三届一次会议主席团常务主席唐远良出席。',
      [['唐远良', ['省政协十三届一次会议主席团常务主席']]],
    ],
    [
      'a determiner before the title',
      '本次大会执行主席周远安主持会议。',
      [['周远安', ['大会执行主席']]],
    ],
    [
      'an acting post after a party post',
      '省委副书记、代省长吴远雄到会。',
      [['吴远雄', ['省委副书记', '代省长']]],
    ],
    [
      'a post, a count and a list',
      '澳区政协委员共三名,包括梁远殷、韩远天、何远全。',
      [
        ['梁远殷', ['澳区政协委员']],
        ['韩远天', ['澳区政协委员']],
        ['何远全', ['澳区政协委员']],
      ],
    ],
    [
      'a post held by a list (由…担任)',
      '大会执行主席由左远超、罗远宁担任。',
      [
        ['左远超', ['大会执行主席']],
        ['罗远宁', ['大会执行主席']],
      ],
    ],
    [
      'a former post abroad',
      '全国政协委员、前中国驻美国大使崔远凯表示，要加强交流。',
      [['崔远凯', ['全国政协委员', '中国驻美国大使']]],
    ],
    [
      'the country an outlet outside the mainland writes first',
      '中国全国政协委员张远熙表示，要加强交流。',
      [['张远熙', ['全国政协委员']]],
    ],
    [
      'a Hong Kong married name, two surnames before the given name',
      '全國政協社會和法制委員會副主任、香港福建社團聯會副主席林陳遠芳表示，要加強交流。',
      [['林陳遠芳', ['全國政協社會和法制委員會副主任', '香港福建社團聯會副主席']]],
    ],
    [
      'a name ending in 和 before a verb, after a commissar',
      '国防科技大学计算机学院政委夏远和出席会议。',
      [['夏远和', ['国防科技大学计算机学院政委']]],
    ],
    ['the author of a proposal', '提案人梁远伟提出的建议获评优秀提案。', [['梁远伟', ['提案人']]]],
    [
      "membership of a party's branch, with no post",
      '区政协委员、民盟卫东区总支景远录作了发言。',
      [['景远录', ['区政协委员', '民盟卫东区总支']]],
    ],
    [
      'a numbered unit inside a body',
      '民建卫东区基层委员会二支部副主委宋远芳作了发言。',
      [['宋远芳', ['民建卫东区基层委员会二支部副主委']]],
    ],
    ['a common surname the tagger knows', '党组书记傅远诚出席。', [['傅远诚', ['党组书记']]]],
    [
      'a post taken up after the name (任团长)',
      '访问团由联谊会会长马志远任团长，联谊会理事长吴士远任副团长。',
      [
        ['马志远', ['联谊会会长', '团长']],
        ['吴士远', ['联谊会理事长', '副团长']],
      ],
    ],
    [
      'the last of a list taking up a post (、李远招任副秘书长)',
      '联谊会副理事长黄丽远、李远招任副秘书长。',
      [
        ['黄丽远', ['联谊会副理事长', '副秘书长']],
        ['李远招', ['联谊会副理事长', '副秘书长']],
      ],
    ],
    [
      "a convener of a region's members",
      '上海政协港澳常委、香港召集人杜惠远表示，要加强交流。',
      [['杜惠远', ['上海政协港澳常委', '香港召集人']]],
    ],
    [
      "an outlet's dateline before the title",
      '香港文匯報訊  上海市政協主席馮國遠日前率團訪問香港。',
      [['馮國遠', ['上海市政協主席']]],
    ],
    [
      'a leader on whose behalf one speaks (受…委托)',
      '受代省长于伟远委托，副省长郑晓远作报告。',
      [
        ['于伟远', ['代省长']],
        ['郑晓远', ['副省长']],
      ],
    ],
    ['the body named before (该会会长)', '该会会长余国远致辞。', [['余国远', ['会长']]]],
    [
      'a list of members described before their shared post',
      '邱达远、周维远和姚玨远等年轻委员纷纷表示，将开展联合调研。',
      [
        ['邱达远', ['委员']],
        ['周维远', ['委员']],
        ['姚玨远', ['委员']],
      ],
    ],
  ])('reads %s', async (_what, text, expected) => {
    const g = await extractText(text);
    expect(g.persons.map((p) => [p.name, p.titles.map((t) => t.title)])).toEqual(expected);
  });

  test.each([
    ['a meeting one presides over', '会议执行主席是马卫远、许明远。', '马卫远', []],
    [
      'a company, not its board',
      '香港新恒基国际（集团）有限公司董事局主席高敬远建议，加强合作。',
      '高敬远',
      ['香港新恒基国际（集团）有限公司'],
    ],
    ['a sector spoken for', '严伟远委员代表工商联界别发言，建议加强服务。', '严伟远', []],
    [
      'a body spoken for, then 在会上 and the speech',
      '李远明委员代表致公党抚顺市委在会上发言，建议加快建设。',
      '李远明',
      ['致公党抚顺市委'],
    ],
    [
      'a post abroad, whose body is no organisation',
      '前中国驻美国大使崔远凯表示，要加强交流。',
      '崔远凯',
      [],
    ],
    ['a kind of body, not one', '企业代表刘远东、王远卫在座谈会上发言。', '刘远东', []],
    [
      'a body spoken for at a named meeting, then 建言',
      '李远奇代表社省委在省政协主席专题协商会议上建言，要加快发展。',
      '李远奇',
      ['社省委'],
    ],
    [
      'the chair of a plenary session',
      '市政协召开全会。大会执行主席林远生出席。',
      '林远生',
      ['市政协'],
    ],
    [
      'a party branch named by its level alone',
      '吴远明委员代表市农工党所作的题为《关于水库治理的建议》的发言。',
      '吴远明',
      ['市农工党'],
    ],
    [
      'a session and its presidium',
      '省政协十三届一次会议主席团常务主席唐远良出席。',
      '唐远良',
      ['省政协'],
    ],
    ['a bare 政协 where the report names no body', '政协委员钟少远建议，加快建设。', '钟少远', []],
    [
      'an association whose last word the tagger reads as an adverb (总会)',
      '海南省政协常委、澳门海南同乡总会副会长张远茜则建议引进演出项目。',
      '张远茜',
      ['海南省政协', '澳门海南同乡总会'],
    ],
    [
      'a barrister of a chambers (大律师)',
      '省政协委员、道宏大律师事务所大律师范远杰发言。',
      '范远杰',
      ['省政协', '道宏大律师事务所'],
    ],
  ])('gives no body, or the right one, for %s', async (_what, text, name, organisations) => {
    expect((await person(text, name))?.organisations).toEqual(organisations);
  });
});

describe('organisations the model and rules read', () => {
  test.each([
    [
      'a bracketed part inside a company name',
      '上海紫江(集团)有限公司董事长沈雯表示，要创新。',
      '上海紫江(集团)有限公司',
    ],
    [
      'a full-width bracketed part',
      '香港新恒基国际（集团）有限公司主席高敬德建议，加强合作。',
      '香港新恒基国际（集团）有限公司',
    ],
    [
      'a party branch by province',
      '张庆远委员代表民盟湖南省委发言，建议加快建设。',
      '民盟湖南省委',
    ],
    [
      'a party branch by district',
      '民革槐荫区总支部委员会主委王剑远发言。',
      '民革槐荫区总支部委员会',
    ],
    [
      'a party branch with no place',
      '马彦远委员代表九三学社市委会发言，建议加快建设。',
      '九三学社市委会',
    ],
    [
      "a consultative body's formal name with its term",
      '中国人民政治协商会议第十三届中山市委员会第一次会议开幕。',
      '中国人民政治协商会议第十三届中山市委员会',
    ],
    ['a standing committee', '会议审议了全国政协常委会工作报告。', '全国政协常委会'],
    [
      'a body the dictionary knows in short form',
      '联合国秘书长出席会议，北大学者参加讨论。',
      '联合国',
    ],
    [
      'a news outlet in a source line',
      '来源：人民政协网。全国政协委员李远明表示，要加强保护。',
      '人民政协网',
    ],
    ['a national team the tagger reads as a place and a word', '中国队寄予厚望。', '中国队'],
  ])('reads %s', async (_what, text, name) => {
    const g = await extractText(text);
    expect(g.organisations.map((o) => o.name)).toContain(name);
  });

  test('names a located consultative body by its own place, the located form an alias', async () => {
    const g = await extractText(
      '浙江省丽水市政协召开会议。市政协主席陈远峰出席。委员叶远燕建议，加快发展。',
    );
    const bodies = g.organisations.filter((o) => o.name.endsWith('政协'));
    expect(bodies.map((o) => [o.name, [...o.aliases].sort()])).toEqual([
      ['丽水市政协', ['市政协', '浙江省丽水市政协']],
    ]);
  });

  test.each([
    ['a post in a party committee (省委常委)', '省委常委、市委书记刘捷远到会。', '省委常委'],
    [
      'a name read across a meeting',
      '第十一届全国人民代表大会第三次会议和政协第十一届全国委员会第三次会议开幕。',
      '全国人民代表大会第三次会议和政协',
    ],
    ['people and a body joined by 和', '政协委员和政协机关干部参加活动。', '政协委员和政协'],
    ['a year before a body', '2024年度福建省政协优秀提案揭晓。', '年度福建省政协'],
    [
      'the party alone, inside its branch',
      '张庆远委员代表民盟湖南省委发言，建议加快建设。',
      '中国民主同盟',
    ],
    [
      'a sector of a list of sectors',
      '来自民建、工商联、经济以及致公、台盟等界别的20位委员依次发言。',
      '工商联',
    ],
    ['a common noun', '建议通过设立飞地园区、成立合资公司等模式加强合作。', '合资公司'],
    [
      'the title before 和 (委员和专家)',
      '林远夫、易远纲等全国政协委员和专家作了发言。',
      '全国政协委员和',
    ],
    ['the place a mayor heads', '深圳市委副书记、深圳市长覃远中出席。', '深圳'],
    ['the institution in general', '人民政协为人民，委员要履职尽责。', '人民政协'],
    [
      "a dispatch's date before the name",
      '新华社北京10月16日电政协十一届全国委员会常务委员会第三次会议16日举行全体会议。',
      '6日电政协十一届全国委员会常务委员会',
    ],
    [
      "a page's address after an outlet",
      '来源：中国政协网www.cppcc.gov.cn日期：2018年1月4日',
      '中国政协网www.cppcc.gov.cn日期',
    ],
    ['members named by where they come from', '澳门政协委员们积极建言。', '澳门政协'],
    [
      'a party’s discussion group at a session (民盟组)',
      '在民革組，王建遠委員建議提高補貼。范遠元委員參加了民盟組的討論。',
      '民盟',
    ],
    [
      'a party’s discussion group, its group word read in (民革组)',
      '在民革組，王建遠委員建議提高補貼。',
      '民革組',
    ],
    ['a sitting of a session (分组会)', '圖為全國政協臺聯分組會(張遠明攝)', '全國政協臺聯分組會'],
    [
      'the body and the report it gives (代表市政协|作主题报告)',
      '市政协秘书长郭远永代表市政协作主题报告。',
      '市政协作主题',
    ],
    [
      'a party body and its government as one (中共中央国务院)',
      '委员们学习了《中共中央国务院关于营造更好发展环境支持民营企业改革发展的意见》。',
      '中共中央国务院',
    ],
  ])('does not read %s as an organisation', async (_what, text, name) => {
    const g = await extractText(text);
    expect(g.organisations.map((o) => o.name)).not.toContain(name);
  });
});

describe('words that are not names', () => {
  test.each([
    ['officials in charge (负责同志)', '有关部门负责同志到会听取意见。'],
    ['a place written before its level', '卫东区政协召开会议，卫东发展迅速。'],
  ])('finds no person in %s', async (_what, text) => {
    expect(personNames(await extractText(text))).toEqual([]);
  });

  test.each([
    ['a verb jieba takes for a name, after a title', '六十名政协委员荣获年度优秀委员。'],
    ['a post after a surname-like character', '多名港区代表委员纷纷建言。'],
    ['a qualifier of a post between two posts', '会议建议授予卸任的委员荣誉委员称号。'],
    [
      'a word the tagger cut before its last character',
      '她说，不能让小摩擦累积起来，给外界形成不好的印象。',
    ],
    ['a post after a party committee', '中共顺义区委常委、常务副区长出席。'],
    ['an adverb and a verb after a post (陆续|报到)', '300余名政协委员陆续报到。'],
  ])('finds no person in %s', async (_what, text) => {
    expect(personNames(await extractText(text))).toEqual([]);
  });

  test.each(['胡纮纪念馆', '鲁迅博物馆', '全国政协'])(
    'reads %s as an organisation, so no tagger "person" of that name is kept',
    (name) => {
      expect(organisationRules(defaultLexicon()).namesOrganisation(name)).toBe(true);
    },
  );

  test('keeps a three-character name the tagger reads as a verb, after a title', async () => {
    expect(personNames(await extractText('闽政协常委施人玮、张源远出席。'))).toEqual([
      '张源远',
      '施人玮',
    ]);
  });

  test('keeps 和 at the end of a name before a verb (…志和出席)', async () => {
    expect(personNames(await extractText('学院政委夏志和出席会议。'))).toEqual(['夏志和']);
  });

  test.each([
    [
      'the third character of a word after a two-character name',
      '则是吉川原作没有的创作。',
      ['吉川'],
    ],
    [
      'the third character of a name the tagger left alone',
      '孟凡超常委建议，加快建设。',
      ['孟凡超'],
    ],
  ])('reads %s', async (_what, text, names) => {
    expect(personNames(await extractText(text))).toEqual(names);
  });

  test('ends a name before 到 (…柯吉远到会)', async () => {
    expect(personNames(await extractText('副市长柯吉远到会听取发言。'))).toEqual(['柯吉远']);
  });
});

describe('texts with no people', () => {
  test.each([
    ['English only', 'The committee met on Tuesday and discussed the budget.'],
    ['symbols and emoji', '😀😀 ### --- 12345 \u0000\u0001 ☃'],
    ['a heading alone', '会议纪要'],
    ['one long line without punctuation', '发展'.repeat(5000)],
  ])('give an empty graph with a warning, not a crash: %s', async (_what, text) => {
    const g = await extractText(text);
    expect(g.persons).toEqual([]);
    expect(g.warnings).toContain('no speakers or named people found');
  });
});
