import { layout } from '../../ingest/normalise/layout';
import { rawOffset } from '../../ingest/normalise/block';

describe('layout repair', () => {
  test('joins a paragraph broken inside a word, across a caption dropped into it', () => {
    const raw = '他認為，應突破關鍵核心技\n\n◆ 圖為會議現場。\n(新華社)\n\n術瓶頸，加大支持。\n';
    const blocks = layout(raw);
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.text).toBe('他認為，應突破關鍵核心技術瓶頸，加大支持。');
    expect(blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual([
      '◆圖為會議現場。',
      '(新華社)',
    ]);
  });

  test('maps every character back to its raw offset', () => {
    const raw = '\n# 標題\n\n第一段，未完\n\n續寫。\n';
    const p = layout(raw).find((b) => b.kind === 'paragraph');
    expect(p).toBeDefined();
    if (!p) return;
    for (let i = 0; i < p.text.length; i++) expect(raw[rawOffset(p, i)]).toBe(p.text[i]);
  });

  test.each([
    [
      'after a character',
      '全國政協(xié)委員表示，要加強中醫(yī)藥。',
      '全國政協委員表示，要加強中醫藥。',
    ],
    ['with a space after it', '習(xi) 近平總書(shu) 記強調。', '習近平總書記強調。'],
    [
      'but not a Latin word in brackets',
      '圣伯多禄堂(Iglesia)建于(1330)年。',
      '圣伯多禄堂(Iglesia)建于(1330)年。',
    ],
    ['nor an English word', '开发应用程序(app)和网页(web)。', '开发应用程序(app)和网页(web)。'],
  ])('drops a pronunciation gloss %s, keeping raw offsets', (_what, raw, text) => {
    const [p] = layout(raw);
    expect(p?.text).toBe(text);
    if (!p) return;
    for (let i = 0; i < p.text.length; i++) expect(raw[rawOffset(p, i)]).toBe(p.text[i]);
  });

  test('reads a headline and page furniture as headings, not sentences', () => {
    const blocks = layout(
      '全国政协召开双周协商座谈会 围绕产教融合建言资政\n\n专刊\n第425期\n\n正文第一句。\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'heading', 'paragraph']);
  });

  test("reads a site's address line as page furniture, even run on into the next line", () => {
    const blocks = layout(
      '\n\nhttp://news.example.com   [2015-03-04]    我要评论\n放大图片\n\n正文第一句，要加快建设。\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph']);
  });

  test('continues a title chain broken onto the next line', () => {
    const blocks = layout('省政协常委、浙江大学教授\n邱明认为，应扩大覆盖面。\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe('省政协常委、浙江大学教授邱明认为，应扩大覆盖面。');
  });
});
