import { fold, foldKey } from '../../ingest/normalise/fold';

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
});
