import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Tagger } from 'crfsuite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../../ingest/extract';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import { readCrfsuite } from '../../ingest/model/crfsuiteFile';
import { orgFeatures } from '../../ingest/model/orgFeatures';
import { labelledSpans, orgLabels } from '../../ingest/model/orgLabels';
import { ORG_MODEL, orgModel } from '../../ingest/model/orgModel';
import { readForTraining, trainOrgModel, withoutPersons } from '../../ingest/model/trainOrgModel';
import { fold } from '../../src/domain/fold';
import type { Block } from '../../ingest/normalise/block';
import { trimName } from '../../ingest/recognise/organisations';
import { crossValidate, trainingSet } from '../../src/eval/crossValidate';
import { CORPORA } from '../../src/eval/evaluate';
import { parseIob2 } from '../../src/eval/iob2';
import { NEWS_TRAINING } from '../../src/eval/newsExamples';

const dir = mkdtempSync(join(tmpdir(), 'kg-orgmodel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const block = (text: string): Block => ({
  kind: 'paragraph',
  index: 0,
  text,
  folded: text,
  offsets: Int32Array.from(text, (_, i) => i),
});

describe('training labels of the organisation model', () => {
  test.each([
    ['every place a name is written', '民革中央和民革中央', ['民革中央'], 'BIIIOBIII'],
    [
      'the longer name first, the shorter not inside it',
      '中共中央政治局',
      ['中共中央', '中共中央政治局'],
      'BIIIIII',
    ],
    [
      'the shorter name where it stands alone',
      '中共中央和中共中央政治局',
      ['中共中央', '中共中央政治局'],
      'BIIIOBIIIIII',
    ],
    ['nothing where no name is listed', '委员们发言', ['民革中央'], 'OOOOO'],
  ])('labels %s', (_what, text, names, labels) => {
    expect(orgLabels(text, names).join('')).toBe(labels);
  });

  test.each([
    [
      'two names side by side',
      'BIBI',
      [
        [0, 2],
        [2, 4],
      ],
    ],
    ['a name at the end', 'OOBII', [[2, 5]]],
    ['an inside label with no begin', 'OIIO', [[1, 3]]],
    ['no name', 'OOO', []],
  ])('reads back %s', (_what, labels, spans) => {
    expect(labelledSpans([...labels])).toEqual(spans);
  });
});

describe("where the genre ends the model's names", () => {
  test.each([
    [
      'a list mark splits two names',
      '民革中央、全国政协社会和法制委员会',
      ['民革中央', '全国政协社会和法制委员会'],
    ],
    ['a function word run on is cut', '致公党某市委在', ['致公党某市委']],
    ['a speech to the assembly is cut', '社某市委向大会', ['社某市委']],
    ["an outlet's dateline 讯 is cut", '某某日报讯', ['某某日报']],
    [
      "an outlet's correspondent and dateline are cut",
      '某某通讯社驻京记者王某6日北京专电',
      ['某某通讯社'],
    ],
    ['a name with 和 inside keeps it', '人力资源和社会保障部', ['人力资源和社会保障部']],
    ['a single character left is no name', '某、委员会', ['委员会']],
  ])('%s', (_what, text, names) => {
    const b = block(text);
    expect(
      trimName(b, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual(names);
  });
});

describe('features of the organisation model', () => {
  const text = '民盟省委主委发言';
  const features = orgFeatures(block(text), [{ start: 0, end: 4, label: 'ORG' }], defaultLexicon());

  test('gives every character its own features', () => {
    expect(features).toHaveLength(text.length);
  });

  test("names a character's neighbours and where it sits in the tagger's word", () => {
    expect(features[1]).toEqual(expect.arrayContaining(['c=盟', 'c-1=民', 'c+1=省', 'w=IORG']));
    // No word of the tagger covers 发 here.
    expect(features[6]).toEqual(expect.arrayContaining(['w=O', 'w-1=O']));
  });

  test("marks where a party's name starts and a body's head ends", () => {
    expect(features[0]).toContain('party=2');
    expect(features[3]).toEqual(expect.arrayContaining([expect.stringMatching(/^head=\d$/)]));
  });
});

describe("keeping people's names out of the model", () => {
  const persons = new Set(['某远华', '某远']);
  test.each([
    ['a pair that is a name', ['b-1=某远', 'c=远'], ['c=远']],
    ['a triple that holds a name', ['t=某远华', 't=远华委'], ['t=远华委']],
    ['a triple with a name inside it', ['t=x某远'], []],
    ['a single character, never a name', ['c=某', 'c-1=远'], ['c=某', 'c-1=远']],
    ['a label, never a name', ['w=BPER'], ['w=BPER']],
    ['a pair that is no name', ['b+1=政协'], ['b+1=政协']],
  ])('%s', (_what, item, kept) => {
    expect(withoutPersons([item], persons)).toEqual([kept]);
  });

  test('the vendored model holds no name its training reports or news sentences annotate', async () => {
    const set = await trainingSet(
      ['sample', 'own', 'real', 'gathered'].map((c) => CORPORA[c] ?? ''),
    );
    const newsPersons = parseIob2(readFileSync(NEWS_TRAINING, 'utf8')).flatMap((s) =>
      s.entities.filter((e) => e.label === 'PER').map((e) => s.text.slice(e.start, e.end)),
    );
    const persons = [...set.flatMap((s) => s.example.persons), ...newsPersons];
    const names = new Set(persons.flatMap((p) => [p, fold(p)]));
    const attributes = [...readCrfsuite(ORG_MODEL).state].flatMap(([template, values]) =>
      [...values.keys()].map((v) => `${template}=${v}`),
    );
    const named = attributes.filter((a) => [...names].some((n) => n.length >= 2 && a.includes(n)));
    expect(named).toEqual([]);
  }, 120_000);
});

describe('the organisation model', () => {
  test('learns the names of the reports it is trained on', async () => {
    const lexicon = defaultLexicon();
    const texts = [
      '海川市青年商会会长发言。',
      '会议由海川市青年商会主办。',
      '海川市青年商会的代表出席。',
      '代表海川市青年商会发言的是会长。',
    ];
    const examples = await Promise.all(
      texts.map(async (t) => ({
        doc: await readForTraining(t, lexicon),
        names: ['海川市青年商会'],
        persons: [],
      })),
    );
    const file = join(dir, 'tiny.crfsuite');
    trainOrgModel(examples, file);
    const g = await createExtractor({ orgModel: file }).extract('海川市青年商会召开会议。', {
      source: 'inline',
    });
    expect(g.organisations.map((o) => o.name)).toContain('海川市青年商会');
  });

  test("labels every character as CRFsuite's own tagger does", async () => {
    const lexicon = defaultLexicon();
    const articles = join(CORPORA.real ?? '', 'articles');
    const tagger = new Tagger();
    expect(tagger.open(ORG_MODEL)).toBe(true);
    const ours = orgModel();
    let compared = 0;
    // Every real report, so that characters at a block's edges and ones the model never saw
    // are scored by id as CRFsuite scores them by string.
    const texts = [
      ...readdirSync(articles).map((a) => readFileSync(join(articles, a), 'utf8')),
      'Ωβ😀民革中央<s>委员</s>会。',
    ];
    for (const text of texts) {
      const doc = await readForTraining(text, lexicon);
      for (const b of doc.blocks) {
        if (!b.folded) continue;
        const words = doc.tokens[b.index] ?? [];
        const theirs = tagger.tag(orgFeatures(b, words, lexicon)) as unknown as string[];
        expect(ours(b, words, lexicon)).toEqual(theirs);
        compared += theirs.length;
      }
    }
    expect(compared).toBeGreaterThan(4000);
  });

  test('refuses a file that is not a CRFsuite model', () => {
    const file = join(dir, 'not-a-model.crfsuite');
    writeFileSync(file, 'x'.repeat(100));
    expect(() => readCrfsuite(file)).toThrow(/not a CRFsuite model/);
  });

  test('says which file it cannot open', () => {
    expect(() => orgModel(join(dir, 'missing.crfsuite'))).toThrow(
      /missing\.crfsuite cannot be opened/,
    );
  });

  test('is scored in cross-validation only on reports it did not learn from', async () => {
    const own = CORPORA.own ?? '';
    const folds = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith('kg-cv-'));
    const before = folds();
    const rows = await crossValidate([CORPORA.sample ?? ''], [own], 2, false);
    const reports = rows.map((r) => r.report);
    expect(new Set(reports).size).toBe(reports.length);
    expect(reports.length).toBeGreaterThan(2);
    for (const r of rows) expect(r.score.organisations.f1).toBeGreaterThanOrEqual(0);
    // The fold models are removed.
    expect(folds()).toEqual(before);
  }, 120_000);
});
