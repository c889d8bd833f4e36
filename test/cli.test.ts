import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { projectRoot } from '../src/paths';
import { DocumentGraph } from '../src/domain/documentGraph';

const root = projectRoot();
const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = join(root, 'data', 'fixtures', 'sample', 'cppcc-ai-plus-2024-04-26.txt');

function kgIn(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), ...args], {
    encoding: 'utf8',
    env,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const kg = (...args: string[]): ReturnType<typeof kgIn> => kgIn(process.env, ...args);

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("the README's extract examples", () => {
  test('run as written, from the project folder', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.split('## Extract one report')[1]?.split('\n## ')[0] ?? '';
    const commands = section
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('npx kg extract'));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) {
      // `> graph.json` is the shell's: the command's own output is what is checked.
      const args = (command.split('>')[0] ?? '').trim().split(/\s+/).slice(2);
      const r = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), ...args], {
        encoding: 'utf8',
        cwd: root,
      });
      expect([command, r.status, r.stderr]).toEqual([command, 0, '']);
      expect(r.stdout.length).toBeGreaterThan(100);
    }
  });
});

describe('kg extract', () => {
  test('leaves nothing behind in the temporary folder (the segmenter removes its dictionary)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kg-cli-tmp-'));
    try {
      const r = kgIn({ ...process.env, TMPDIR: tmp }, 'extract', sample, '--json');
      expect(r.status).toBe(0);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('prints a zod-valid document graph as JSON', () => {
    const r = kg('extract', sample, '--published', '2024-04-26', '--json');
    expect(r.status).toBe(0);
    const g = DocumentGraph.parse(JSON.parse(r.stdout));
    expect(g.meeting?.date).toBe('2024-04-26');
    expect(g.warnings).toEqual([]);
  });

  test('prints a human summary without --json', () => {
    const r = kg('extract', sample);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^meeting\s+遠程協商會 2024-04-26/);
  });

  test('reads a GB18030 copy with a warning, same people', () => {
    const text = '全国政协委员、某大学校长张明远表示，应加强基础研究。';
    const r = kg('extract', file('gb.txt', iconv.encode(text, 'gb18030')), '--json');
    const g = DocumentGraph.parse(JSON.parse(r.stdout));
    expect(g.persons.map((p) => p.name)).toEqual(['张明远']);
    expect(g.warnings.join()).toMatch(/gb18030/);
  });

  test('gives a report with no speakers an empty graph with warnings', () => {
    const r = kg('extract', file('none.txt', '今天天气很好。大家都很开心。'), '--json');
    expect(r.status).toBe(0);
    const g = DocumentGraph.parse(JSON.parse(r.stdout));
    expect([g.persons.length, g.proposals.length]).toEqual([0, 0]);
    expect(g.warnings.length).toBeGreaterThan(0);
  });

  test.each([
    ['an empty file', () => file('empty.txt', ''), /empty/],
    [
      'a binary file',
      () => file('bin.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /binary/,
    ],
    ['a missing file', () => join(dir, 'nope.txt'), /cannot read/],
    ['a file over --max-bytes', () => file('big.txt', '字'.repeat(2000)), /limit/],
  ])('refuses %s with one line and a non-zero exit', (_what, make, message) => {
    const r = kg('extract', make(), '--max-bytes', '1000');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('refuses a malformed --published date', () => {
    const r = kg('extract', sample, '--published', '26/04/2024');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('kg train', () => {
  test('remakes the vendored organisation model from the development reports and news, byte for byte', () => {
    const out = join(dir, 'organisations.crfsuite');
    const r = kg('train', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^trained on \d+ reports and \d+ news sentences: /);
    // Features, lexicon or annotations changed without `kg train` fail here.
    const vendored = readFileSync(join(root, 'models', 'org-crf', 'organisations.crfsuite'));
    expect(readFileSync(out).equals(vendored)).toBe(true);
    // The phrase model, from the reports' keywords, beside it.
    expect(r.stdout).toMatch(/phrase model: trained on \d+ candidate phrases/);
    const phrases = readFileSync(join(root, 'models', 'theme-phrases', 'phrases.crfsuite'));
    expect(readFileSync(join(dir, 'phrases.crfsuite')).equals(phrases)).toBe(true);
  }, 300_000);

  test('--without-news learns from the reports alone, a model of its own', () => {
    const out = join(dir, 'reports-only.crfsuite');
    const r = kg('train', '--without-news', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^trained on \d+ reports and 0 news sentences: /);
    const vendored = readFileSync(join(root, 'models', 'org-crf', 'organisations.crfsuite'));
    expect(readFileSync(out).length).toBeLessThan(vendored.length);
  }, 300_000);
});

describe('the embedded Neo4j without Java', () => {
  test.each([
    ['kg db start', ['db', 'start']],
    ['kg ingest', ['ingest', sample]],
  ])('%s says Java is missing in one line and points to docker compose', (_what, args) => {
    // A PATH that holds node and nothing else: no java, no mvn.
    const bin = mkdtempSync(join(dir, 'bin-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const env = { HOME: process.env.HOME, PATH: bin, KG_DATA_DIR: join(bin, 'data') };
    const r = kgIn(env, ...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/needs Java 17 on PATH/);
    expect(r.stderr).toMatch(/docker compose up -d neo4j/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('the embedded Neo4j without Maven', () => {
  test('kg db start says Maven is missing in one line when the launcher is not built yet', () => {
    // A copy of the built project without launcher/target, and a PATH with node and java only.
    const copy = mkdtempSync(join(dir, 'fresh-'));
    for (const part of ['package.json', 'bin', 'dist', 'cypher', 'schema', 'ingest/lexicon'])
      cpSync(join(root, part), join(copy, part), { recursive: true });
    cpSync(join(root, 'launcher', 'pom.xml'), join(copy, 'launcher', 'pom.xml'));
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const bin = mkdtempSync(join(dir, 'bin-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const java = spawnSync('sh', ['-c', 'readlink -f "$(command -v java)"'], { encoding: 'utf8' });
    symlinkSync(java.stdout.trim(), join(bin, 'java'));
    const r = spawnSync(process.execPath, [join(copy, 'bin', 'kg.js'), 'db', 'start'], {
      encoding: 'utf8',
      env: { HOME: process.env.HOME, PATH: bin, KG_DATA_DIR: join(copy, 'data') },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/needs Maven on PATH/);
    expect(r.stderr).toMatch(/docker compose up -d neo4j/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(copy, 'launcher', 'target'))).toBe(false);
  });
});

describe('the embedded Neo4j by hand', () => {
  // Made when the test runs (a filtered run skips this hook with the test, and leaves nothing).
  let data = '';
  let env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'kg-cli-neo4j-'));
    // No NEO4J_URI: the CLI then manages the embedded Neo4j of KG_DATA_DIR.
    env = { ...process.env, KG_DATA_DIR: data, KG_NEO4J_PORT: '0' };
    delete env.NEO4J_URI;
  });
  afterAll(() => {
    kgIn(env, 'db', 'stop');
    rmSync(data, { recursive: true, force: true });
  });

  test('kg db start prints its Bolt URI; kg ingest uses it and sums up; kg db stop ends it', () => {
    const started = kgIn(env, 'db', 'start');
    expect(started.status).toBe(0);
    const uri = started.stdout.trim();
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(kgIn(env, 'db', 'status').stdout).toContain(`running: pid`);
    expect(kgIn(env, 'db', 'status').stdout).toContain(uri);

    // A folder with the sample and a file that is not a report: the sample goes in.
    const folder = mkdtempSync(join(dir, 'reports-'));
    cpSync(sample, join(folder, 'sample.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const first = kgIn(env, 'ingest', folder);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/^documents 2: new 1, unchanged 0, replaced 0, failed 1$/m);
    expect(first.stdout).toMatch(/^graph: \+[1-9]\d* nodes, \+[1-9]\d* relationships/m);
    expect(first.stdout).toMatch(/^failed: .*empty\.txt: .*empty/m);

    const again = kgIn(env, 'ingest', join(folder, 'sample.txt'));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^documents 1: new 0, unchanged 1, replaced 0, failed 0$/m);
    expect(again.stdout).toMatch(/^graph: \+0 nodes, \+0 relationships/m);
    // ingest found the server running and left it running.
    expect(kgIn(env, 'db', 'status').stdout).toContain(uri);

    expect(kgIn(env, 'db', 'stop').stdout.trim()).toBe('stopped');
    expect(kgIn(env, 'db', 'status').stdout).toMatch(/^not running/);
  }, 300_000);
});
