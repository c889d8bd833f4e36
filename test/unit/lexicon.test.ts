import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../../ingest/extract';
import { defaultLexicon, LEXICON_DIR, loadLexicon, perLexicon } from '../../ingest/lexicon/lexicon';

describe('lexicons', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-lexicon-'));
    cpSync(LEXICON_DIR, dir, { recursive: true });
    // An invented post, in no list of the project's own.
    appendFileSync(join(dir, 'posts.txt'), '\n司库官\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('are read from the folder an extractor is given, longest entry first', () => {
    const own = loadLexicon(dir);
    expect(own.dir).toBe(dir);
    expect(own.posts).toContain('司库官');
    expect(defaultLexicon().posts).not.toContain('司库官');
    const lengths = own.posts.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  test('give two extractors in one process their own rules', async () => {
    const text = '会上，商会司库官李晓华建议，加快建设。';
    const titlesBy = async (lexiconDir?: string): Promise<string[] | undefined> => {
      const graph = await createExtractor(lexiconDir ? { lexiconDir } : {}).extract(text, {
        source: 'inline',
      });
      return graph.persons.find((p) => p.name === '李晓华')?.titles.map((t) => t.title);
    };
    expect(await titlesBy(dir)).toEqual(['商会司库官']);
    expect(await titlesBy()).toEqual([]);
  });

  test('compile what a module builds from them once per lexicon', () => {
    let builds = 0;
    const compiled = perLexicon((l) => {
      builds++;
      return l.posts.length;
    });
    const a = loadLexicon();
    const b = loadLexicon();
    compiled(a);
    compiled(a);
    compiled(b);
    expect(builds).toBe(2);
  });
});
