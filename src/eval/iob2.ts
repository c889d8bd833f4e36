/** A sentence of a labelled corpus in IOB2 (CoNLL-style) form, with its entities as offsets. */
export interface LabelledSentence {
  text: string;
  entities: { start: number; end: number; label: string }[];
}

/**
 * Reads IOB2 files as UniversalNER publishes them: `# text = …` before each sentence, then one
 * token per line (`index<TAB>token<TAB>B-PER|I-PER|O…`), a blank line between sentences. Entity
 * offsets are found by locating each token in the sentence's text in turn.
 */
export function parseIob2(content: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const chunk of content.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    const text = lines.find((l) => l.startsWith('# text = '))?.slice('# text = '.length);
    if (text === undefined) continue;
    const entities: LabelledSentence['entities'] = [];
    let at = 0;
    let open = null as { start: number; end: number; label: string } | null;
    for (const line of lines) {
      if (line.startsWith('#')) continue;
      const [, token = '', tag = 'O'] = line.split('\t');
      const start = text.indexOf(token, at);
      if (start < 0) continue;
      at = start + token.length;
      const [bio, label = ''] = tag.split('-');
      if (bio === 'I' && open?.label === label) open.end = at;
      else {
        if (open) entities.push(open);
        open = bio === 'B' || bio === 'I' ? { start, end: at, label } : null;
      }
    }
    if (open) entities.push(open);
    out.push({ text, entities });
  }
  return out;
}
