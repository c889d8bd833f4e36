/** What kind of error a miss or a spurious find is: a name cut or run on is a boundary error. */
export interface ErrorKinds {
  missed: number;
  spurious: number;
  /** A spurious find and a missed one where one name contains the other (朱邦 for 朱邦造). */
  boundary: number;
}

const nameOf = (key: string): string => key.split('|')[0] ?? key;

/** Sorts misses and spurious finds into kinds; a boundary error counts once, not as both. */
export function errorKinds(missed: readonly string[], spurious: readonly string[]): ErrorKinds {
  const left = [...missed];
  let boundary = 0;
  let spuriousOnly = 0;
  for (const s of spurious) {
    const n = nameOf(s);
    const at = left.findIndex((m) => {
      const g = nameOf(m);
      return g !== n && (g.includes(n) || n.includes(g));
    });
    if (at >= 0) {
      boundary++;
      left.splice(at, 1);
    } else spuriousOnly++;
  }
  return { missed: left.length, spurious: spuriousOnly, boundary };
}
