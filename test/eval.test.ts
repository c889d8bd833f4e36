import { evaluateFolder, total, type Row } from '../src/eval/evaluate';
import { REPORTS_DIR, SAMPLE_DIR } from '../src/paths';

describe('accuracy, measured by the project evaluation', () => {
  let sample: Row[] = [];
  beforeAll(async () => {
    sample = await evaluateFolder(SAMPLE_DIR);
  });

  test('finds every person of the sample report', () => {
    expect(sample[0]?.score.persons.f1).toBe(1);
  });

  test.each(['organisations', 'titles', 'affiliations', 'proposals'] as const)(
    'scores F1 of at least 0.9 on the sample for %s',
    (field) => {
      expect(sample[0]?.score[field].f1).toBeGreaterThanOrEqual(0.9);
    },
  );

  test("gets the sample meeting's chair and date right", () => {
    expect(sample[0]?.score.meeting).toEqual({ chair: true, date: true });
  });

  test('generalises to our own annotated reports in other styles', async () => {
    const rows = await evaluateFolder(REPORTS_DIR);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const t = total(rows);
    expect(t.persons.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.proposals.f1).toBeGreaterThanOrEqual(0.8);
    expect(t.organisations.f1).toBeGreaterThanOrEqual(0.8);
    for (const r of rows)
      if (r.score.meeting)
        expect([r.report, r.score.meeting]).toEqual([r.report, { chair: true, date: true }]);
  });
});
