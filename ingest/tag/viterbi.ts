/**
 * The best tag path through one sequence's emission scores under a CRF's transition matrix
 * (both row-major, `tags` wide). LAC's encoder gives emissions only; its CRF layer is this.
 *
 * It runs once per character of every report, so each step considers only the previous tags
 * that can still win: a tag scoring more than the transitions' spread (max − min) below the
 * step's best can never be the best predecessor of any tag. The result is exact; LAC's
 * transitions span 0.41 while its emissions differ by units, so a step reads a few tags, not 59.
 */
export function viterbi(
  emissions: Float32Array,
  transitions: Float32Array,
  options: { length: number; tags: number; offset?: number },
): Uint8Array {
  const { length, tags } = options;
  const base = options.offset ?? 0;
  const path = new Uint8Array(length);
  if (length === 0) return path;
  const spread = spreadOf(transitions);
  let score = emissions.slice(base, base + tags);
  let next = new Float32Array(tags);
  const back = new Uint8Array(length * tags);
  const live = new Uint8Array(tags);
  for (let t = 1; t < length; t++) {
    let top = -Infinity;
    for (let i = 0; i < tags; i++) if ((score[i] as number) > top) top = score[i] as number;
    let n = 0;
    for (let i = 0; i < tags; i++) if ((score[i] as number) >= top - spread) live[n++] = i;
    const row = base + t * tags;
    for (let j = 0; j < tags; j++) {
      let best = -Infinity;
      let from = 0;
      for (let k = 0; k < n; k++) {
        const i = live[k] as number;
        const v = (score[i] as number) + (transitions[i * tags + j] as number);
        if (v > best) {
          best = v;
          from = i;
        }
      }
      next[j] = best + (emissions[row + j] as number);
      back[t * tags + j] = from;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let j = 1; j < tags; j++) if ((score[j] as number) > (score[last] as number)) last = j;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * tags + (path[t] as number)] as number;
  return path;
}

const spreads = new WeakMap<Float32Array, number>();

function spreadOf(transitions: Float32Array): number {
  let s = spreads.get(transitions);
  if (s === undefined) {
    let min = Infinity;
    let max = -Infinity;
    for (const x of transitions) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
    s = max - min;
    spreads.set(transitions, s);
  }
  return s;
}
