/** Whitespace removed: how names, titles and evidence are compared. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');

/**
 * A report's text with its whitespace squeezed out, and the map from raw offsets to squeezed
 * ones: evidence is compared as characters, whatever line breaks an annotator or an extractor
 * kept.
 */
export class Article {
  readonly compact: string;
  readonly rawToCompact: Int32Array;
  constructor(readonly text: string) {
    let compact = '';
    this.rawToCompact = new Int32Array(text.length + 1).fill(-1);
    for (let i = 0; i < text.length; i++) {
      if (!/\s/.test(text[i] ?? '')) {
        this.rawToCompact[i] = compact.length;
        compact += text[i];
      }
    }
    this.compact = compact;
  }
  locate(fragment: string): [number, number] | null {
    const f = squash(fragment);
    const at = f ? this.compact.indexOf(f) : -1;
    return at < 0 ? null : [at, at + f.length];
  }
  span(p: { start?: number; end?: number; text?: string }): [number, number] | null {
    const { start: s, end: e } = p;
    if (
      Number.isInteger(s) &&
      Number.isInteger(e) &&
      s !== undefined &&
      e !== undefined &&
      s >= 0 &&
      e <= this.text.length &&
      e > s
    ) {
      let a = s;
      while (a < e && (this.rawToCompact[a] ?? -1) < 0) a++;
      let b = e - 1;
      while (b > a && (this.rawToCompact[b] ?? -1) < 0) b--;
      const ca = this.rawToCompact[a] ?? -1;
      if (a <= b && ca >= 0) return [ca, (this.rawToCompact[b] ?? 0) + 1];
    }
    return p.text ? this.locate(p.text) : null;
  }
}

/** How many characters two spans share. */
export const overlap = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
