import { lacTagger } from '../../ingest/tag/lacTagger';
import { pieces } from '../../ingest/tag/pieces';
import { viterbi } from '../../ingest/tag/viterbi';
import { defaultLexicon } from '../../ingest/lexicon/lexicon';
import type { Block } from '../../ingest/normalise/block';
import { taggedPersons } from '../../ingest/recognise/taggedPersons';

const words = async (text: string): Promise<string[]> => {
  const [tagged = []] = await (await lacTagger()).tag([text]);
  return tagged.map((w) => `${text.slice(w.start, w.end)}/${w.label}`);
};

describe('the LAC tagger', () => {
  test.each([
    ['a titled name', '全国政协委员张明远表示', '张明远/PER'],
    ['an untitled name in running text', '会上，李晓华介绍了有关情况。', '李晓华/PER'],
    ['an organisation', '全国政协委员李晓华发言。', '全国政协/ORG'],
    ['Traditional script, read through its own character map', '張三在北京市工作', '張三/PER'],
  ])('tags %s', async (_what, text, expected) => {
    expect(await words(text)).toContain(expected);
  });

  test('covers each text end to end with words', async () => {
    const texts = ['全国政协委员张明远表示，应加强基础研究。', '短', ''];
    const out = await (await lacTagger()).tag(texts);
    out.forEach((ws, i) => {
      expect(ws.map((w) => (texts[i] ?? '').slice(w.start, w.end)).join('')).toBe(texts[i]);
    });
  });

  test('tags a text the same alone and padded in a batch with longer ones', async () => {
    const short = '李晓华表示，要加快推进。';
    const long =
      '全国政协委员、某大学校长张明远在上海市政协分会场表示，应加强基础研究，加大经费投入力度，完善人才评价体系。';
    const batched = await (await lacTagger()).tag([long, short, long]);
    const alone = await (await lacTagger({ batchSize: 1, fresh: true })).tag([short]);
    expect(batched[1]).toEqual(alone[0]);
  });

  test('tags a text longer than one piece as it tags its pieces', async () => {
    const sentence = '张明远表示，应加强基础研究。';
    const text = sentence.repeat(40);
    const [all = []] = await (await lacTagger()).tag([text]);
    expect(all.filter((w) => w.label === 'PER')).toHaveLength(40);
  });
});

describe('cutting texts into pieces', () => {
  test.each([
    ['a short text whole', ['一二三。'], 8, [[0, 0, 4]]],
    [
      'at the last sentence end in the window',
      ['一二。三四五。六七'],
      8,
      [
        [0, 0, 7],
        [0, 7, 9],
      ],
    ],
    [
      'at a clause end when no sentence ends',
      ['一二三四五，六七八九'],
      8,
      [
        [0, 0, 6],
        [0, 6, 10],
      ],
    ],
    [
      'hard when there is no punctuation',
      ['一二三四五六七八九十'],
      4,
      [
        [0, 0, 4],
        [0, 4, 8],
        [0, 8, 10],
      ],
    ],
  ])('cuts %s', (_what, texts, max, expected) => {
    expect(pieces(texts, max).map((p) => [p.index, p.start, p.end])).toEqual(expected);
  });
});

describe('Viterbi decoding', () => {
  test('follows the transitions where they outweigh the emissions', () => {
    // Two tags; tag 1 → tag 0 is forbidden, so a strong tag-1 start keeps the path on tag 1.
    const emissions = Float32Array.from([0, 5, 1, 0, 1, 0]);
    const transitions = Float32Array.from([0, 0, -100, 0]);
    expect([...viterbi(emissions, transitions, { length: 3, tags: 2 })]).toEqual([1, 1, 1]);
  });

  test('takes the best emission at each step when transitions are flat', () => {
    const emissions = Float32Array.from([0, 1, 1, 0, 0, 1]);
    const transitions = new Float32Array(4);
    expect([...viterbi(emissions, transitions, { length: 3, tags: 2 })]).toEqual([1, 0, 1]);
  });

  test('finds the same path as an exhaustive search, whatever the scale of the emissions', () => {
    const tags = 4;
    const length = 8;
    // A fixed pseudo-random sequence, so the case is the same on every run.
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const scale of [0.01, 0.5, 10]) {
      const emissions = Float32Array.from({ length: length * tags }, () => random() * scale);
      const transitions = Float32Array.from({ length: tags * tags }, () => random() * 0.4 - 0.2);
      expect([...viterbi(emissions, transitions, { length, tags })]).toEqual(
        exhaustive(emissions, transitions, { length, tags }),
      );
    }
  });

  test('reads a sequence at an offset in a batch', () => {
    const emissions = Float32Array.from([9, 9, 9, 9, 1, 0, 0, 1]);
    const transitions = new Float32Array(4);
    expect([...viterbi(emissions, transitions, { length: 2, tags: 2, offset: 4 })]).toEqual([0, 1]);
  });
});

/** The best path by trying every one (tags^length): the reference for small cases. */
function exhaustive(
  e: Float32Array,
  tr: Float32Array,
  { length, tags }: { length: number; tags: number },
): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  const walk = (path: number[], score: number): void => {
    if (path.length === length) {
      if (score > bestScore) [best, bestScore] = [path, score];
      return;
    }
    const t = path.length;
    for (let j = 0; j < tags; j++) {
      const prev = path[t - 1];
      const step = (e[t * tags + j] ?? 0) + (prev === undefined ? 0 : (tr[prev * tags + j] ?? 0));
      walk([...path, j], score + step);
    }
  };
  walk([], 0);
  return best;
}

/** One paragraph whose folded text is its text, for the tagger's names read from given words. */
const block = (text: string): Block =>
  ({
    index: 0,
    kind: 'paragraph',
    text,
    folded: text,
    offsets: [...text].map((_, i) => i),
  }) as unknown as Block;
const lexicon = defaultLexicon();

describe('tagged names cut at a separator dot', () => {
  test.each([
    [
      'the dot inside the first part',
      [
        [1, 6, 'PER'],
        [6, 9, 'PER'],
      ],
    ],
    [
      'the dot as a word of its own',
      [
        [1, 5, 'PER'],
        [5, 6, 'w'],
        [6, 9, 'PER'],
      ],
    ],
  ])('are one name: %s', (_what, words) => {
    const text = '是安德里亚·皮萨诺的作品';
    const tagged = words.map(([start, end, label]) => ({
      start: Number(start),
      end: Number(end),
      label: String(label),
    }));
    const found = taggedPersons(block(text), tagged, lexicon);
    expect(found.map((m) => m.key)).toEqual(['安德里亚·皮萨诺']);
  });
});

describe('tagged names read in pieces', () => {
  const words = (...spans: [number, number, string][]) =>
    spans.map(([start, end, label]) => ({ start, end, label }));

  test.each([
    [
      'a last character begun as a name of its own is the name’s end',
      '时，周一良先生曾说',
      words([0, 1, 'n'], [1, 2, 'w'], [2, 4, 'PER'], [4, 5, 'PER'], [5, 7, 'n']),
      ['周一良'],
    ],
    [
      'two whole names side by side stay two',
      '由张明远李晓华主持',
      words([0, 1, 'p'], [1, 4, 'PER'], [4, 7, 'PER'], [7, 9, 'v']),
      ['张明远', '李晓华'],
    ],
  ])('%s', (_what, text, tagged, expected) => {
    expect(taggedPersons(block(text), tagged, lexicon).map((m) => m.key)).toEqual(expected);
  });

  test.each([
    [
      'a capital’s name after 首都',
      '在首都科托努发表讲话',
      words([0, 1, 'p'], [1, 3, 'n'], [3, 6, 'PER'], [6, 8, 'v']),
    ],
    [
      'a doubled word (许|许多多)',
      '遇到了许许多多的人',
      words([0, 3, 'v'], [3, 4, 'd'], [4, 7, 'PER'], [7, 8, 'u']),
    ],
  ])('reads no person from %s', (_what, text, tagged) => {
    expect(taggedPersons(block(text), tagged, lexicon)).toEqual([]);
  });

  test.each([
    [
      'a post that runs into the next word the tagger read',
      '张明远主持人民政协网讯',
      words([0, 3, 'PER'], [3, 5, 'v'], [5, 10, 'ORG'], [10, 11, 'n']),
      undefined,
    ],
    [
      'a post that ends a word the tagger read',
      '张明远主持人说',
      words([0, 3, 'PER'], [3, 6, 'n'], [6, 7, 'v']),
      '主持人',
    ],
    [
      '代表 before a body (the verb)',
      '张明远代表全国政协所做的报告',
      words([0, 3, 'PER'], [3, 5, 'v'], [5, 9, 'ORG'], [9, 14, 'n']),
      undefined,
    ],
    [
      '代表 before a speech verb (the post)',
      '张明远代表说，要加强。',
      words([0, 3, 'PER'], [3, 5, 'n'], [5, 6, 'v'], [6, 7, 'w']),
      '代表',
    ],
  ])('reads the title after a name right: %s', (_what, text, tagged, post) => {
    const [found] = taggedPersons(block(text), tagged, lexicon);
    expect(found?.trailing?.post).toBe(post);
  });
});
