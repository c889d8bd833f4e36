/** The label of each character for the organisation model: begins, inside or outside a name. */
export type OrgLabel = 'B' | 'I' | 'O';

/**
 * Training labels of a block from the names its report's annotation lists: every place a name
 * is written (as written, in the block's text) is labelled, longer names first, and a name inside
 * one already labelled (中共中央 in 中共中央政治局) is not labelled again.
 */
export function orgLabels(text: string, names: readonly string[]): OrgLabel[] {
  const labels = Array<OrgLabel>(text.length).fill('O');
  const longestFirst = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const name of longestFirst)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (labels.slice(at, end).some((l) => l !== 'O')) continue;
      labels.fill('I', at, end);
      labels[at] = 'B';
    }
  return labels;
}

/** The spans a sequence of labels marks; an `I` with no `B` before it opens a span. */
export function labelledSpans(labels: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const label = labels[i];
    if (start >= 0 && label !== 'I') {
      spans.push([start, i]);
      start = -1;
    }
    if (label === 'B' || (label === 'I' && start < 0)) start = i;
  }
  return spans;
}
