import { extractText } from '../helpers/extractText';

const speakersOf = async (text: string): Promise<[string, string][]> =>
  (await extractText(text)).proposals.map((p) => [p.speaker, p.text.slice(0, 6)]);

describe('attributing proposals', () => {
  test('carries the speaker over to the next sentence of the paragraph', async () => {
    expect(
      await speakersOf('全国政协委员、某大学校长张明远表示，应加强基础研究。加大经费投入力度。'),
    ).toEqual([
      ['张明远', '应加强基础研'],
      ['张明远', '加大经费投入'],
    ]);
  });

  test('carries the speaker over to a paragraph that opens with a pronoun', async () => {
    expect(
      await speakersOf(
        '全国政协委员、某部原副部长韩晓燕说，成效显著。\n\n她同时指出，要健全补偿机制。',
      ),
    ).toEqual([['韩晓燕', '要健全补偿机']]);
  });

  test('ends the turn at a narrative paragraph', async () => {
    expect(
      await speakersOf(
        '全国政协委员、某大学校长张明远表示，应加强研究。\n\n近年来，各地加快推进改革。',
      ),
    ).toEqual([['张明远', '应加强研究。']]);
  });

  test.each([
    [
      'the day of the speech between the speaker and the verb (甲委员7日在…发言时说)',
      '孙远伟委员7日在全体会议上作大会发言时说，应进一步发挥优势，凝聚共识。',
      [['孙远伟', '应进一步发挥']],
    ],
    [
      'points set off by dashes below a line that announces them',
      '孙远伟提出三点建议：\n——充分发挥协商的民主优势，广谋良策。\n——充分发挥团结联谊的功能优势，广聚共识。',
      [
        ['孙远伟', '——充分发挥'],
        ['孙远伟', '——充分发挥'],
      ],
    ],
    [
      'numbered points below a line that announces them',
      '孙远伟提出两点建议：\n一是加快建设协商平台。\n二是完善协商机制。',
      [
        ['孙远伟', '一是加快建设'],
        ['孙远伟', '二是完善协商'],
      ],
    ],
    [
      'numbered points below a paragraph that announces them',
      '全国政协委员、某大学校长孙远伟在发言中结合多年来在基层调研的成果，围绕进一步发挥人民政协优势、更好服务国家发展大局，提出三点建议：\n一是加快建设协商平台。\n二是完善协商机制。',
      [
        ['孙远伟', '一是加快建设'],
        ['孙远伟', '二是完善协商'],
      ],
    ],
    [
      "a speaker's subhead, the speech's own title, then the speech",
      '民盟江门市委会代表陈远娅：\n发展居家社区医养结合服务\n当前，医养结合取得成绩。\n建议尽快出台长期护理保险办法。',
      [['陈远娅', '建议尽快出台']],
    ],
    [
      "a speaker's subhead run into the byline before it",
      '文/某报记者凌远敏 民革江门市委会代表雷远强：\n推动产业发展\n建议实施“一链一策”，健全链长制。',
      [['雷远强', '建议实施“一']],
    ],
  ])('keeps the speaker through %s', async (_what, text, expected) => {
    expect(await speakersOf(text)).toEqual(expected);
  });

  test('gives a quotation to the speaker named after it', async () => {
    expect(
      await speakersOf(
        '全国政协委员、某大学校长张明远说，成效显著。\n\n「要打通贯通培养的通道。」李国华表示。',
      ),
    ).toEqual([['李国华', '「要打通贯通']]);
  });

  test.each([
    [
      'members speaking as one',
      '全国政协委员张明远表示，应加强基础研究。委员们一致认为，要加大经费投入。',
      [
        ['person', '张明远', '应加强基础研'],
        ['collective', '委员们', '要加大经费投'],
      ],
    ],
    [
      'a body that recommends',
      '民革中央建议，完善科研评价体系。',
      [['organisation', '民革中央', '完善科研评价']],
    ],
    ['a meeting that asks, which is no group speaking', '会议要求，要做好各项准备。', []],
    ['a group that says nothing', '委员们纷纷表示。', []],
    [
      'a group whose suggestions are taken up, which is no group speaking',
      '县委书记赵远雄指出，大家的发言很深入。要积极吸纳委员们提出的意见建议，促进全县发展。',
      [['person', '赵远雄', '要积极吸纳委']],
    ],
  ])('gives the proposals of %s to their own kind of speaker', async (_what, text, expected) => {
    const g = await extractText(text);
    expect(g.proposals.map((p) => [p.speakerKind, p.speaker, p.text.slice(0, 6)])).toEqual(
      expected,
    );
    // A group is no node; a body proposes as its organisation.
    const proposers = g.edges.filter((e) => e.type === 'PROPOSES').map((e) => e.from);
    expect(proposers).toEqual(
      g.proposals
        .filter((p) => p.speakerKind !== 'collective')
        .map((p) => (p.speakerKind === 'person' ? 'person:' : 'org:') + p.speakerKey),
    );
    expect(g.proposals.filter((p) => p.speakerKind === 'collective').map((p) => p.kind)).toEqual(
      expected.filter(([k]) => k === 'collective').map(() => 'collective'),
    );
  });

  test("ends the turn at the speech of those attending (与会委员认为), which is nobody's", async () => {
    expect(
      await speakersOf(
        '全国政协委员、某大学校长张明远说，成效显著。与会委员认为，要坚持保护优先。',
      ),
    ).toEqual([]);
  });

  test('keeps an assessment as a statement, not a proposal', async () => {
    const g = await extractText(
      '全国政协委员、某大学校长张明远表示，我国人工智能产业已经取得长足进步。',
    );
    expect(g.proposals).toHaveLength(0);
    expect(g.statements.map((s) => s.speaker)).toEqual(['张明远']);
  });

  test('reports offsets into the raw text, whatever the layout', async () => {
    const raw = '\uFEFF標題\n\n全國政協委員、某大學校長張明遠表示，應加強\n\n基礎研究。\n';
    const g = await extractText(raw);
    const p = g.proposals[0];
    const text = raw.replace(/^\uFEFF/, '');
    expect(p && text.slice(p.start, p.end).replace(/\s/g, '')).toBe('應加強基礎研究。');
  });

  test.each([
    [
      'two speakers in one sentence, each with their clause',
      '全国政协委员张明远表示，应加强基础研究，全国政协委员李晓华则认为，要加大经费投入。',
      [
        ['张明远', '应加强基础研'],
        ['李晓华', '要加大经费投'],
      ],
    ],
    [
      'a subhead naming the speaker, held across numbered paragraphs',
      '座谈会摘登如下\n\n张明远：关于著作权法的修订建议\n\n一、关于作品登记。建议明确作品登记的法律地位。\n\n二、关于合理使用。建议增设兜底条款。',
      [
        ['张明远', '建议明确作品'],
        ['张明远', '建议增设兜底'],
      ],
    ],
    [
      'the title of a speech given for a body',
      '王剑远委员代表民革槐荫区总支部委员会作了题为《加快建设青年友好型城区》的发言。',
      [['王剑远', '加快建设青年']],
    ],
    [
      'a speech title after the name and 出席会议',
      '省政协常委李奇远出席会议，并代表社省委在会上作“推动医疗服务水平迈上新台阶”的发言。',
      [['李奇远', '推动医疗服务']],
    ],
    [
      'a topic in quotes after a body spoken for, then 建言献策',
      '黄远珍委员代表农工党安徽省委,围绕“推深做实安心托幼”建言献策;吴远斌委员建议加强合作。',
      [
        ['黄远珍', '推深做实安心'],
        ['吴远斌', '加强合作。'],
      ],
    ],
    [
      'a speech title with no modal in it',
      '省政协常委于远江作了《合理开发利用和保护稀土资源》的发言。',
      [['于远江', '合理开发利用']],
    ],
    [
      'numbered points after a first proposal',
      '张远宏委员建议，一是明确登记的法律地位；二是对合理使用概念下定义；三是增设兜底条款。',
      [
        ['张远宏', '一是明确登记'],
        ['张远宏', '二是对合理使'],
        ['张远宏', '三是增设兜底'],
      ],
    ],
    [
      "a proposal's title after its author, and a second after 以及",
      '港区广东省政协常委霍远山《关于完善体育资源对接》的提案以及港区广东省政协常委张远军《关于建设大湾区通行证》的提案获表彰。',
      [
        ['霍远山', '关于完善体育'],
        ['张远军', '关于建设大湾'],
      ],
    ],
    [
      'a title after 提出的',
      '提案人梁远伟提出的《关于深化大气污染治理的建议》等10件提案获评优秀提案。',
      [['梁远伟', '关于深化大气']],
    ],
    [
      'two names joined by 和 before the title they share',
      '王远刚和黄远卫常委在联合发言中建议,持之以恒加强基础研究。',
      [
        ['黄远卫', '持之以恒加强'],
        ['王远刚', '持之以恒加强'],
      ],
    ],
    [
      'a topic after 聚焦 and a proposal after the speech',
      '杨远秀委员聚焦区域创新提出建议,要构建协同机制。',
      [['杨远秀', '要构建协同机']],
    ],
    [
      'what 提出了…的建议 names, and a second speaker of the sentence who spoke 关于…',
      '宫远山委员提出了加强耕地保护的建议，安远维委员作了关于降低物流成本的发言。',
      [
        ['宫远山', '加强耕地保护'],
        ['安远维', '降低物流成本'],
      ],
    ],
    [
      'the object of 提出了 after what the speaker reported, to its last 的建议',
      '宋远新委员发言。在发言中，介绍了全市的成就，提出了给予更多支持的建议，构建产业体系的建议。这些发言和建议得到了委员的重视。',
      [['宋远新', '给予更多支持']],
    ],
    [
      'a quotation attributed after a dash',
      '「要加快建设全国统一大市场，破除地方保护。」——全国政协委员、某大学校长张明远',
      [['张明远', '「要加快建设']],
    ],
    [
      'the clause that names the proposal, not what follows it',
      '全国政协委员张明远告诉记者：「我提交的是加强粮食安全方面提案，为此我去年专门到各地调研。」',
      [['张明远', '我提交的是加']],
    ],
    [
      'a proposal named by a recommendation',
      '全国政协委员张明远说：“我今年带来的提案是关于加强孤儿心理关爱，希望得到落实。”',
      [['张明远', '我今年带来的']],
    ],
    [
      "a proposal's subject, then what it asks for",
      '全国政协委员张明远说：“我今年提案关注的是城区自来水水质监管，从加强水源地保护等方面提出建议。”',
      [['张明远', '从加强水源地']],
    ],
    [
      'a proposal named only by its subject, which is no recommendation',
      '全国政协委员张明远说：“我的提案是关于县域智库建设的可行性探索。”',
      [],
    ],
    [
      'a topic raised first, then the quotation that follows it',
      '在会议室，某部原副部长张明远委员首先抛出农民工话题。\n\n“我建议还应当加强农民工的技能培训。”话音未落，便引爆会场。',
      [['张明远', '“我建议还应']],
    ],
    [
      'a dotted name with its post after it',
      '会议由副主席张明远主持。阿依古丽·阿不都常委建议，深入推进思政课一体化建设。',
      [['阿依古丽·阿不都', '深入推进思政']],
    ],
    [
      'a body spoken for, then 提出了…的建议 with no modal in it',
      '吴远庆委员代表民建市委发言，提出了降低我市物流成本的建议。',
      [['吴远庆', '降低我市物流']],
    ],
    [
      'what a body spoken for 提出了, without the 了 of the verb',
      '何远洁常委代表民革中央提出了“完善农村法制环境建设”的建议；郑远立委员提出了，加强农村制度建设。',
      [
        ['何远洁', '“完善农村法'],
        ['郑远立', '加强农村制度'],
      ],
    ],
    [
      'a speech titled as reflections, which is no proposal, beside one that is',
      '黄远贤常委代表台盟中央提出了关于粮食安全问题的两点思考；杨远文常委以《推进新农村建设的一些思考》为题作了发言；王远书委员建议，加大扶贫开发力度。',
      [['王远书', '加大扶贫开发']],
    ],
  ])('reads %s', async (_what, text, expected) => {
    expect(await speakersOf(text)).toEqual(expected);
  });

  test.each([
    [
      'a recommendation that the verb of its attribution announces',
      '符之远常委代表台盟中央发言建议，坚决贯彻总体方略。',
      [['符之远', '坚决贯彻总体']],
    ],
    [
      'coordinated speakers, each with the proposal',
      '全国政协委员陈海远、冯国远表示，应加强个人信息保护。',
      [
        ['陈海远', '应加强个人信'],
        ['冯国远', '应加强个人信'],
      ],
    ],
    [
      "a recommendation named as someone else's",
      '全国政协常委武维远的建议也指向了利用科研，应加强秸秆利用。',
      [['武维远', '也指向了利用']],
    ],
    [
      'proposals listed by title after 提交了…提案',
      '委员胡睦远一共提交了两个提案，分别为“把市民广场建得更美”和“兴建功臣纪念馆”。',
      [
        ['胡睦远', '把市民广场建'],
        ['胡睦远', '兴建功臣纪念'],
      ],
    ],
    [
      'a speech verb in a relative clause gives no speaker',
      '全国政协主席王建远提出的目标，正在落实。',
      [],
    ],
    [
      'a subhead on its own line inside a paragraph the layout would join',
      '多位委员建言资政。摘登如下——\n张明远:关于著作权法的修订建议\n一、关于作品登记。建议明确作品登记的法律地位。',
      [['张明远', '建议明确作品']],
    ],
  ])('reads %s', async (_what, text, expected) => {
    expect(await speakersOf(text)).toEqual(expected);
  });

  test('gives each speaker of a list their own topic (甲委员就A、乙委员就B，作了发言)', async () => {
    const g = await extractText(
      '会上王建远委员就加快优化产业结构、李晓华委员就推进城乡融合发展，结合实际，进行了大会发言。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['王建远', '加快优化产业结构'],
      ['李晓华', '推进城乡融合发展'],
    ]);
  });

  test.each([
    [
      'a speech title in 《》 is what each said, not the next speaker',
      '委员王建远就《多措并举促进文化旅游融合发展》作了发言，委员李晓华就《加强荒山管护治理》作了发言。',
    ],
    [
      'a topic without brackets ends where the next speaker begins',
      '王建远委员就多措并举促进文化旅游融合发展作了发言，李晓华委员就加强荒山管护治理作了发言。',
    ],
  ])('gives each of a run of speeches its own topic: %s', async (_what, text) => {
    const g = await extractText(text);
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['王建远', '多措并举促进文化旅游融合发展'],
      ['李晓华', '加强荒山管护治理'],
    ]);
  });

  test('gives each speaker of a list of titled speeches their own title (甲委员代表某党派作“A”、乙委员作“B”)', async () => {
    const g = await extractText(
      '王建远委员代表民进市委作“发挥区位优势，打造技术转移之都”、李晓华委员代表民建市委作“关于加快建设营商环境一体化的建议”、黄远贤委员作“让农民在乡村振兴中真正富裕起来”。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['王建远', '发挥区位优势，打造技术转移之都'],
      ['李晓华', '关于加快建设营商环境一体化的建议'],
      ['黄远贤', '让农民在乡村振兴中真正富裕起来'],
    ]);
  });

  test('gives a proposal submitted by 甲、乙等委员 to both, and reads past a doubled 》》', async () => {
    const g = await extractText(
      '在经济方面有：王建远、李晓华等委员提交的《关于出台加快经济发展的激励办法的建议》的提案；黄远贤委员提交的《关于设置交通灯的建议》》的提案。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text]).sort()).toEqual([
      ['李晓华', '关于出台加快经济发展的激励办法的建议'],
      ['王建远', '关于出台加快经济发展的激励办法的建议'],
      ['黄远贤', '关于设置交通灯的建议'],
    ]);
  });

  test('reads a topic of two clauses up to its verb (围绕以机遇为牵引，推动发展提出建议)', async () => {
    const g = await extractText(
      '陈远山委员围绕以战略性机遇为牵引，推动城市高质量发展提出建议；翟远志委员围绕做好“留住消费”“引进消费”两篇文章，培育区域性消费中心城市提出建议。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['陈远山', '以战略性机遇为牵引，推动城市高质量发展'],
      ['翟远志', '做好“留住消费”“引进消费”两篇文章，培育区域性消费中心城市'],
    ]);
  });

  test('gives a quotation to the speaker of a later clause after it (“…”和甲一样，乙委员的建议也…)', async () => {
    const g = await extractText(
      '王建远委员说：“要控制会议时间。”\n\n“应该提高大会发言质量，重要的可以讲10分钟。”和王建远一样，李远明委员的建议也关注了大会发言。',
    );
    expect(g.proposals.find((p) => p.text.includes('发言质量'))?.speaker).toBe('李远明');
  });

  test('reads the aspects a topic lists as what was proposed (…，并从A、B等六个方面提出建议)', async () => {
    const g = await extractText(
      '王建远委员围绕城乡环境管理分析了当前存在的问题和原因，并从出台城乡环境综合管理实施意见、组建城乡环境综合管理委员会等六个方面提出建议。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['王建远', '出台城乡环境综合管理实施意见、组建城乡环境综合管理委员会'],
    ]);
  });

  test('carries the turn into a paragraph that opens the next point (其次，…)', async () => {
    const g = await extractText(
      '省政协常委王建远提出，把自由港政策延伸到横琴。\n\n其次，推动澳门与横琴融合，建设深度合作示范区。',
    );
    expect(g.proposals.map((p) => p.speaker)).toEqual(['王建远', '王建远']);
  });

  test('reads a speech after 为此 (甲为此建议…)', async () => {
    const g = await extractText(
      '医生数量远远不能满足需求。何远煦为此建议尽快加强儿科医疗机构建设。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['何远煦', '尽快加强儿科医疗机构建设。'],
    ]);
  });

  test('reads a speech addressed to a body (委员甲向市城管委建议…)', async () => {
    const g = await extractText(
      '委员王建远向市城管委建议清扫洒水车上班高峰错时；委员李远明向市文化局建议打造文化旅游主题街区。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['王建远', '清扫洒水车上班高峰错时；'],
      ['李远明', '打造文化旅游主题街区。'],
    ]);
  });

  test('reads a quotation after an action and a colon (甲接过话筒：“…”)', async () => {
    const g = await extractText('李远明接过话筒：“政协能不能换一种方式开展调研？”');
    expect(g.proposals.map((p) => p.speaker)).toEqual(['李远明']);
  });

  test("ends the turn at an unnamed official's reply (对此，市交委负责人现场表示)", async () => {
    const g = await extractText(
      '市政协常委王建远建议限牌政策适当倾斜。对此，市交委负责人现场表示，如果家庭迫切需要车辆，可以通过竞牌的方式。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([['王建远', '限牌政策适当倾斜。']]);
  });

  test('reads what is proposed after a topic and a bare 提出 (委员甲则针对…一事，提出…)', async () => {
    const g = await extractText(
      '委员王建远则针对老旧小区加装电梯需全票通过一事，提出可适度放宽准入条件，加快加装进度。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text.slice(0, 8)])).toEqual([
      ['王建远', '可适度放宽准入条'],
    ]);
  });

  test.each([
    [
      'a speech named by its subject without 关于, then the next speaker',
      '委员王建远建议进一步加强师资队伍建设，委员李晓华作了发展城市公共交通提升市民幸福指数的发言。',
      [
        ['王建远', '进一步加强师资队伍建设'],
        ['李晓华', '发展城市公共交通提升市民幸福指数'],
      ],
    ],
    [
      'verbs of advocacy (提倡, 疾呼, 提议)',
      '俞远勤委员提倡营造宽松学术环境；舒远委员疾呼应保护文化名人故居；江远慧委员代表某委员会提议切实加强湿地保护。',
      [
        ['俞远勤', '营造宽松学术环境'],
        ['舒远', '应保护文化名人故居'],
        ['江远慧', '切实加强湿地保护'],
      ],
    ],
  ])('attributes %s', async (_what, text, expected) => {
    const g = await extractText(text);
    expect(g.proposals.map((p) => [p.speaker, p.text.replace(/[；。]$/, '')])).toEqual(expected);
  });

  test('gives no proposal to a text cut short after the verb (…建议举)', async () => {
    const g = await extractText('另外，委员王建远建议举');
    expect(g.proposals).toEqual([]);
  });

  test.each([
    [
      'each clause of a list a recommendation opened (他建议A；B；C)',
      '杨远健委员首先发言，他建议应尽快作出回应；两岸共同举办文化发展论坛；成立语言文字促进会。',
      [
        ['杨远健', '应尽快作出回'],
        ['杨远健', '两岸共同举办'],
        ['杨远健', '成立语言文字'],
      ],
    ],
    [
      'not a report of work that runs on with ；',
      '王远荣代表常委会报告工作时表示，坚决支持完善选举制度；围绕开放型经济建设等专题，20多名委员开展调研。',
      [],
    ],
    [
      'a title before a comma, which belongs to the next speaker',
      '省政协委员，某大学副院长阎远鹏发言建议加快数据立法；省政协委员，民盟海南省委常委、省投资商会会长王远佳提出加快产业金融创新。',
      [
        ['阎远鹏', '加快数据立法'],
        ['王远佳', '加快产业金融'],
      ],
    ],
    [
      'a speech titled 以《…》为题 after the body spoken for',
      '陈远军常委代表农工党中央建议深化农村综合改革；王远敏常委代表致公党中央以《完善粮食价格体系》为题作了发言。',
      [
        ['陈远军', '深化农村综合'],
        ['王远敏', '完善粮食价格'],
      ],
    ],
    [
      'the points, not the announcement before them',
      '方远舟委员提出了以下两个方面的建议。一是完善两地政府沟通协调机制；二是统筹规划铁路交通网络。',
      [
        ['方远舟', '一是完善两地'],
        ['方远舟', '二是统筹规划'],
      ],
    ],
    [
      'a topic before a count of points, which names them',
      '栾远杰委员就推进科技资源共享问题提出几点建议。',
      [['栾远杰', '推进科技资源']],
    ],
    [
      'a member who opens the sentence, then a later clause that recommends',
      '钟远华委员率先登台，为毛绒玩具产业升级开出“创新药方”：建议通过政策引导推动企业转型。',
      [['钟远华', '通过政策引导']],
    ],
    [
      'an adverb of manner before the verb (积极建议)',
      '简远玉委员积极建议充分发挥旅游先行先试的积极效应。',
      [['简远玉', '充分发挥旅游']],
    ],
  ])('reads %s', async (_what, text, expected) => {
    const g = await extractText(text);
    expect(
      g.proposals
        .filter((p) => p.kind === 'member_proposal')
        .map((p) => [p.speaker, p.text.slice(0, 6)]),
    ).toEqual(expected);
  });

  test('gives each author of a list of proposals named by their subjects their own (甲提交的A的建议、乙提交的B的建议)', async () => {
    const g = await extractText(
      '民建某市委副主委李远刚提交的对接深中通道，完善总体规划的建议、市政协委员付远伟提交的发展智慧农业的建议共2篇被列入书面建议。',
    );
    expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual([
      ['李远刚', '对接深中通道，完善总体规划'],
      ['付远伟', '发展智慧农业'],
    ]);
  });

  test.each([
    [
      'a member named without a speech verb, then 为此，她建议',
      '聚焦文化惠民工程，张远鑫委员直指公共文化服务难题。为此，她建议建立互惠共生机制。',
      [['张远鑫', '建立互惠共生']],
    ],
    [
      'a member named in the next paragraph, after a circumstance',
      '张远鑫委员表示，要丰富文化供给。\n\n“拧紧供水安全阀”成为蒋远军委员的履职焦点。在普及率已达97.5%的基础上，他建议实施提升工程。',
      [
        ['张远鑫', '要丰富文化供'],
        ['蒋远军', '实施提升工程'],
      ],
    ],
    [
      'not a leader the speaker quotes',
      '全国政协委员林远岳表示，全国政协主席王远明的讲话令人鼓舞。他指出，香港要主动对接国家发展战略。',
      [['林远岳', '香港要主动对']],
    ],
  ])('gives a pronoun its person: %s', async (_what, text, expected) => {
    const g = await extractText(text);
    expect(g.proposals.map((p) => [p.speaker, p.text.slice(0, 6)])).toEqual(expected);
  });

  test('gives a later recommending clause to nobody named in between (甲讲述了乙的故事，建议…)', async () => {
    const g = await extractText('周远宁委员讲述了李远明的招商故事，建议实施专业化招商。');
    expect(g.proposals.map((p) => p.speaker)).not.toContain('李远明');
  });

  test('names no speech subject in a speech praised (作了很好的发言)', async () => {
    const g = await extractText('委员王建远作了很好的发言。');
    expect(g.proposals).toEqual([]);
  });

  test('reaches the verb of a long list of speakers and topics', async () => {
    const topics = [
      '加快优化产业结构调整布局',
      '推进城乡融合发展乡村振兴',
      '加快推进养老服务体系建设',
    ];
    const names = ['王建远', '李晓华', '赵明远', '孙立新', '周文华', '吴国强', '郑海涛', '冯志刚'];
    const list = names.map((n, i) => `${n}委员就${topics[i % 3] ?? ''}`).join('、');
    const g = await extractText(`会上${list}，结合本地实际，进行了大会发言。`);
    expect(g.proposals.map((p) => p.speaker)).toEqual(names);
  });

  test.each([
    [
      'a list of topics',
      '王建远、李晓华等常委和有关负责同志，分别围绕加快优化产业结构、推进城乡融合发展等建言献策。',
      [
        ['王建远', '加快优化产业结构'],
        ['李晓华', '推进城乡融合发展'],
      ],
    ],
    [
      'quoted topics',
      '王建远委员、李晓华委员分别就“加快优化产业结构”、“推进城乡融合发展”在全体会议上作大会发言。',
      [
        ['王建远', '加快优化产业结构'],
        ['李晓华', '推进城乡融合发展'],
      ],
    ],
    [
      'more topics than speakers: none',
      '王建远、李晓华等8位委员分别就加快建设、完善体系、补齐短板等议题建言献策。',
      [],
    ],
  ])(
    'gives speakers named together one topic each, in order (分别): %s',
    async (_what, text, expected) => {
      const g = await extractText(text);
      expect(g.proposals.map((p) => [p.speaker, p.text])).toEqual(expected);
    },
  );

  test('ends the proposal of a speech title at its closing bracket', async () => {
    const g = await extractText('王剑远委员作了题为《加快建设青年友好型城区》的发言，受到好评。');
    expect(g.proposals.map((p) => p.text)).toEqual(['加快建设青年友好型城区']);
  });

  test.each([
    ['a member', '全国政协委员张明远表示，应加强基础研究。', 'member_proposal'],
    ['a bare 常委', '全国政协召开会议。王建远常委建议，加快立法。', 'member_proposal'],
    ['the chair', '会议由全国政协主席王建远主持。王建远表示，要深入调研。', 'chair_directive'],
    ['an official', '国务院副总理丁学远表示，要落实行政主导。', 'official_remark'],
    [
      'a party post that is no consultative body',
      '中共中央政治局常委、国务院副总理丁学远表示，要落实。',
      'official_remark',
    ],
  ])('tells whose words a proposal is: %s', async (_what, text, kind) => {
    const g = await extractText(text);
    expect(g.proposals.map((p) => p.kind)).toEqual([kind]);
  });

  test.each([
    [
      'drops an opening quotation mark that does not close in the clause',
      '全国政协委员张明远表示，成效显著。\n\n「同时，应推动算力融合。\n\n加快普惠算力供给。」',
      '同时，应推动',
    ],
    [
      'keeps a quotation that closes in the clause',
      '全国政协委员张明远说，成效显著。\n\n「要打通贯通培养的通道。」李国华表示。',
      '「要打通贯通',
    ],
  ])('%s', async (_what, text, opening) => {
    const g = await extractText(text);
    expect(g.proposals[0]?.text.slice(0, 6)).toBe(opening);
  });

  test('reads no speaker in a page label before a colon', async () => {
    const g = await extractText('原标题：委员建言加快发展\n\n会议指出，要加快发展。');
    expect(g.persons).toEqual([]);
  });

  test('gives each proposal its key phrases as written and its policy area', async () => {
    const g = await extractText(
      '全國政協委員、某部原副部長李萌表示，應推動算力網路布局，加快普惠算力供給。',
    );
    expect(g.proposals[0]?.themes).toEqual(expect.arrayContaining(['普惠算力供給', '数字经济']));
    const kinds = new Map(g.themes.map((t) => [t.name, t.kind]));
    expect(kinds.get('普惠算力供給')).toBe('phrase');
    expect(kinds.get('数字经济')).toBe('area');
  });
});
