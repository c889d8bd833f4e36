import { recommendingFrom, recommends } from '../../ingest/attribute/recommendation';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';

const lexicon = defaultLexicon();

describe('what counts as a recommendation', () => {
  test.each([
    '应加快推进国家公园立法。',
    '要充分发挥高校人才培养功能。',
    '建议设立专项基金。',
    '同时，发布客观公正的评测方法。',
    '有序推进行业数据共用，建设更多高质量训练数据集。',
    '加大金融税收支持力度。',
    '组建地方智库联盟，形成研究合力。',
    '不能让小摩擦累积起来，给外界形成不好的印象。',
    '政府工作报告能不能有个简缩本，时间控制在1个半小时？',
    '「『人工智能+』行动还需要从机制上支持跨领域的颠覆性创新。',
  ])('recommends: %s', (s) => expect(recommends(s, lexicon)).toBe(true));

  test.each([
    '中共十八大以来，推动我国人工智能科技创新实现新突破，迈出坚实步伐。',
    '建立了全国首个海洋工程智能制造基地。',
    '如何优化总体设计，加强统筹部署？',
    '高科技人才是最核心的要求。',
    '人工智能的应用场景十分丰富。',
    '有关部门负责同志到会听取意见建议，与委员互动交流。',
    '应疫情防控要求，本次大会设主会场和分会场。',
    '建议。',
    '要',
    '加快城市圈同城化发展是省委立足新发展阶段，加快“建成支点、走在前列”作出的重要部署。',
    '尤其可以看到，市政协在优化营商环境等方面做了大量工作。',
    '这些发言、提案和建议得到了与会领导和委员的重视和认同。',
  ])('does not recommend: %s', (s) => expect(recommends(s, lexicon)).toBe(false));
});

describe('where a recommendation begins', () => {
  test.each([
    ['青少年在网上吸收的讯息可能不全面，政协应该主动走入校园讲解。', '政协应该主动走入校园讲解。'],
    ['所以现在提升队伍素质，应当重视职业教育。', '应当重视职业教育。'],
    ['应加快推进立法，完善配套制度。', '应加快推进立法，完善配套制度。'],
    ['以新型举国体制推进攻关，加快形成优势。', '以新型举国体制推进攻关，加快形成优势。'],
    ['人工智能的应用场景十分丰富。', '人工智能的应用场景十分丰富。'],
    ['同时，应推动算力融合。', '同时，应推动算力融合。'],
  ])('%s → %s', (text, from) => expect(text.slice(recommendingFrom(text, lexicon))).toBe(from));
});
