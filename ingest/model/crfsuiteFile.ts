import { readFileSync } from 'node:fs';

/**
 * A linear-chain CRF as CRFsuite writes it (`crf1d_model.c`): labels, and for each attribute its
 * weight towards each label, and the label-to-label transition weights. Read once, so that the
 * extractor scores characters in process: CRFsuite's own tagger, through its Node binding,
 * spends about 0.2 µs per attribute crossing into C++, which made the organisation model a
 * quarter of the extractor's time.
 */
export interface CrfWeights {
  labels: string[];
  /**
   * Attribute → its weight for each label (index as in `labels`), by the attribute's template:
   * `c-1=民` is found under `c-1`, then `民` (the model re-keys the character templates by
   * character, `orgModel.ts`).
   */
  state: Map<string, Map<string, Float64Array>>;
  /** Row-major `labels.length` × `labels.length`: from the row's label to the column's. */
  transitions: Float32Array;
}

const MAGIC = 'lCRF';
/** A chunk's header: id, size, number of items. */
const CHUNK = 12;
/** A feature: type, source, destination (uint32 each), weight (float64). */
const FEATURE = 20;
const STATE = 0;
const TRANSITION = 1;

/** The strings of a CRFsuite quark database, by id, through its backward array. */
function quarks(buf: Buffer, at: number): string[] {
  if (buf.toString('latin1', at, at + 4) !== 'CQDB') throw new Error('not a CQDB chunk');
  const count = buf.readUInt32LE(at + 16);
  const backward = at + buf.readUInt32LE(at + 20);
  const out: string[] = [];
  for (let id = 0; id < count; id++) {
    const record = buf.readUInt32LE(backward + 4 * id);
    if (!record) throw new Error(`quark ${id} has no record`);
    // A record: its id, the key's size with its closing NUL, the key.
    const size = buf.readUInt32LE(at + record + 4);
    out.push(buf.toString('utf8', at + record + 8, at + record + 8 + size - 1));
  }
  return out;
}

/** Reads a CRFsuite model file (`crf1d`, as `Trainer.train` writes it). */
export function readCrfsuite(file: string): CrfWeights {
  const buf = readFileSync(file);
  if (buf.length < 48 || buf.toString('latin1', 0, 4) !== MAGIC)
    throw new Error(`${file} is not a CRFsuite model`);
  const u32 = (at: number): number => buf.readUInt32LE(at);
  const labels = quarks(buf, u32(32));
  const attrs = quarks(buf, u32(36));
  const L = labels.length;
  const state = new Map<string, Map<string, Float64Array>>();
  const transitions = new Float32Array(L * L);
  // The file header's feature count stays 0; the feature chunk's own header has it.
  const chunk = u32(28);
  if (buf.toString('latin1', chunk, chunk + 4) !== 'FEAT') throw new Error(`${file}: no features`);
  const features = u32(chunk + 8);
  const first = chunk + CHUNK;
  for (let f = 0; f < features; f++) {
    const at = first + FEATURE * f;
    const [type, src, dst] = [u32(at), u32(at + 4), u32(at + 8)];
    const weight = buf.readDoubleLE(at + 12);
    if (type === TRANSITION) transitions[src * L + dst] = weight;
    else if (type === STATE) {
      const name = attrs[src];
      if (name === undefined) throw new Error(`feature ${f} names no attribute`);
      const cut = name.indexOf('=');
      const template = cut < 0 ? name : name.slice(0, cut);
      const value = cut < 0 ? '' : name.slice(cut + 1);
      let values = state.get(template);
      if (!values) state.set(template, (values = new Map<string, Float64Array>()));
      let w = values.get(value);
      if (!w) values.set(value, (w = new Float64Array(L)));
      w[dst] = weight;
    }
  }
  return { labels, state, transitions };
}
