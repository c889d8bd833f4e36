import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listReports, publishedFromName } from '../../src/pipeline/listReports';

describe('dates in report file names', () => {
  test.each([
    ['data/reports/cppcc-ai-plus-2024-04-26.txt', '2024-04-26'],
    ['2023-10-12.html', '2023-10-12'],
    ['/x/2024-06-14/report.txt', null],
    ['report-20240614.txt', null],
    ['v12024-06-14.txt', null],
  ])('reads %s as %s', (file, date) => {
    expect(publishedFromName(file)).toBe(date);
  });

  test('dates each listed file by its name unless a date is given for all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-list-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a-2024-01-02.txt'), 'x');
      writeFileSync(join(dir, 'sub', 'b.txt'), 'x');
      writeFileSync(join(dir, 'notes.md'), 'x');
      const dates = (given: string | null): (string | null | undefined)[] =>
        [...listReports([dir], given)].map((t) => t.published);
      expect(dates(null)).toEqual(['2024-01-02', null]);
      expect(dates('2020-05-05')).toEqual(['2020-05-05', '2020-05-05']);
      expect([...listReports([join(dir, 'a-2024-01-02.txt')], null)][0]?.published).toBe(
        '2024-01-02',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
