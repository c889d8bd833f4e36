import iconv from 'iconv-lite';
import { decode, reportText } from '../../ingest/normalise/decode';
import { KgError } from '../../src/domain/errors';

const REPORT =
  '全國政協委員、科技部原副部長李萌表示，應加快普惠算力供給，支持科研人員投身相關研究。';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof KgError ? e.code : 'not a KgError';
  }
  return 'no error';
}

describe('decoding input', () => {
  test('drops a UTF-8 BOM', () => {
    expect(decode(Buffer.from('\uFEFF' + REPORT)).text).toBe(REPORT);
  });

  test.each(['gb18030', 'big5'] as const)('detects and decodes %s', (encoding) => {
    const d = decode(iconv.encode(REPORT, encoding));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(REPORT);
    expect(d.warnings.join()).toMatch(encoding);
  });

  test('decodes UTF-16 with a BOM', () => {
    expect(
      decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, 'utf-16le')])).text,
    ).toBe(REPORT);
  });

  test('takes the body text of an HTML page', () => {
    const html = `<!doctype html><html><head><title>x</title><script>var a=1;</script></head><body><p>${REPORT}</p><p>第二段&amp;結尾。</p></body></html>`;
    const d = decode(Buffer.from(html));
    expect(d.html).toBe(true);
    expect(d.text).toBe(`${REPORT}\n\n第二段&結尾。`);
  });

  test.each([
    ['an empty file', Buffer.alloc(0), 'BAD_INPUT_EMPTY'],
    ['whitespace only', Buffer.from(' \n\n '), 'BAD_INPUT_EMPTY'],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'BAD_INPUT_BINARY'],
    [
      'bytes in no Chinese encoding',
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd, 0x80, 0x81]),
      'BAD_INPUT_ENCODING',
    ],
  ])('refuses %s with a coded error', (_what, bytes, code) => {
    expect(codeOf(() => decode(bytes))).toBe(code);
  });

  test('refuses a file over the size limit, naming the limit', () => {
    expect(codeOf(() => decode(Buffer.alloc(2048, 0x41), { maxBytes: 1024 }))).toBe(
      'BAD_INPUT_TOO_LARGE',
    );
  });
});

describe('telling a report from other text', () => {
  test.each([
    ['English only', 'The committee met on Tuesday and discussed the budget at length.'],
    ['a log file', '2024-06-14T10:00:00Z INFO started\n2024-06-14T10:00:01Z WARN slow; 委员'],
    ['a few ideographs in much else', `${'x=1; y=2; '.repeat(50)}会议召开了，委员发言建议加强管理`],
  ])('refuses %s as not a report', (_what, text) => {
    expect(codeOf(() => reportText(text))).toBe('BAD_INPUT_NOT_A_REPORT');
  });

  test.each([
    ['a NUL', `${REPORT}\u0000`],
    ['an escape', `${REPORT}\u001b[31m`],
    ['a C1 control', `\u0085${REPORT}`],
  ])('refuses text with %s, naming where', (_what, text) => {
    expect(codeOf(() => reportText(text))).toBe('BAD_INPUT_BINARY');
    expect(() => reportText(text)).toThrow(/U\+00[0-9A-F]{2} at offset \d+/);
  });

  test('keeps a report with tabs, form feeds and English names in it', () => {
    const text = `${REPORT}\t(Reuters)\f\r\n${REPORT}`;
    expect(reportText(text).text).toBe(text);
  });

  test('takes an HTML page sent as text the way it takes an HTML file', () => {
    const html = `<html><body><script>alert("李萌")</script><p>${REPORT}</p></body></html>`;
    expect(reportText(html)).toEqual({ ...decode(Buffer.from(html)), encoding: undefined });
    expect(reportText(html).text).toBe(REPORT);
  });
});
