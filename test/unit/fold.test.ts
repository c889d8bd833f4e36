import { fold, foldKey } from '../../src/domain/fold';

describe('script folding', () => {
  test.each([
    ['王滬寧', '王沪宁'],
    ['劉慶峰', '刘庆峰'],
    ['錢鋒', '钱锋'],
  ])('keeps %s and %s as one identity', (traditional, simplified) => {
    expect(foldKey(traditional)).toBe(foldKey(simplified));
  });

  test.each(['沈', '著', '王志刚'])('never corrupts %s, already valid in Simplified', (s) => {
    expect(fold(s)).toBe(s);
  });

  test('preserves length so offsets survive folding', () => {
    const text = '全國政協委員、科技部原副部長李萌表示，應推動算力發展。';
    expect(fold(text)).toHaveLength(text.length);
  });

  test('turns ASCII punctuation beside Chinese into the full-width form', () => {
    expect(fold('省政协委员,丽水市')).toBe('省政协委员，丽水市');
    expect(fold('1,000 items')).toBe('1,000 items');
  });

  test.each([
    ['a leading byte order mark', '', '\uFEFF', '全國政協委員'],
    ['a character outside the BMP', '委員', '𠀀', '表示'],
    ['a lone surrogate', '委員', '\uD840', '表示'],
    ['a lone low surrogate at the end', '委員表示', '\uDC00', ''],
  ])('keeps %s as it is, in place', (_name, before, kept, after) => {
    expect(fold(`${before}${kept}${after}`)).toBe(`${fold(before)}${kept}${fold(after)}`);
    expect(fold(`${before}${after}`)).not.toBe(`${before}${after}`);
  });

  test('folds a text longer than one chunk of code units like its parts', () => {
    const sentence = '全國政協委員表示，應推動算力網路發展。';
    const text = sentence.repeat(1000);
    expect(text.length).toBeGreaterThan(16_384);
    expect(fold(text)).toBe(fold(sentence).repeat(1000));
    expect(fold(`${text}\uD840`)).toBe(`${fold(sentence).repeat(1000)}\uD840`);
  });
});
