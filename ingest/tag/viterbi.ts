/**
 * The best tag path through one sequence's emission scores under a CRF's transition matrix
 * (both row-major, `tags` wide). LAC's encoder gives emissions only; its CRF layer is this.
 * Typed arrays and flat loops: it runs once per character of every report.
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
  let score = emissions.slice(base, base + tags);
  let next = new Float32Array(tags);
  const back = new Uint8Array(length * tags);
  for (let t = 1; t < length; t++) {
    const row = base + t * tags;
    for (let j = 0; j < tags; j++) {
      let best = -Infinity;
      let from = 0;
      for (let i = 0; i < tags; i++) {
        const v = (score[i] ?? 0) + (transitions[i * tags + j] ?? 0);
        if (v > best) {
          best = v;
          from = i;
        }
      }
      next[j] = best + (emissions[row + j] ?? 0);
      back[t * tags + j] = from;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let j = 1; j < tags; j++) if ((score[j] ?? 0) > (score[last] ?? 0)) last = j;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * tags + (path[t] ?? 0)] ?? 0;
  return path;
}
