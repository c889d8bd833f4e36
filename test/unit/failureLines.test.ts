import { failureLines } from '../../src/cli/failureLines';

describe("an ingest's failures as lines", () => {
  test('gives each distinct reason one line, however many documents failed for it', () => {
    const gone = 'Neo4j is unavailable (ingest-batch)';
    const failures = [
      { source: 'a.txt', reason: 'the file is empty [BAD_INPUT_EMPTY]' },
      { source: 'b.txt', reason: gone },
      ...Array.from({ length: 598 }, (_, i) => ({
        source: `c${i}.txt`,
        reason: `not written: ${gone}`,
      })),
    ];
    const lines = failureLines(failures);
    expect(lines).toEqual([
      'failed: a.txt: the file is empty [BAD_INPUT_EMPTY]',
      `failed: 599 documents (b.txt … c597.txt): ${gone}`,
      expect.stringMatching(/same command again/),
    ]);
  });

  test('names a lone failure by its source', () => {
    expect(failureLines([{ source: 'x.txt', reason: 'cannot read (EACCES)' }])).toEqual([
      'failed: x.txt: cannot read (EACCES)',
    ]);
  });

  test('says nothing when nothing failed', () => {
    expect(failureLines([])).toEqual([]);
  });
});
