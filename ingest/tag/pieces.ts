/** A stretch of one text to be tagged on its own: text `index`, characters [start, end). */
export interface Piece {
  index: number;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，、：,:]/;

/**
 * Cuts texts into pieces of at most `max` characters, at a sentence end where one falls in the
 * window, else at a clause end, else hard. The tagger's recurrent layers read whole sentences
 * well; a 2M-character paragraph must still cost the same per character as a short one.
 */
export function pieces(texts: readonly string[], max: number): Piece[] {
  const out: Piece[] = [];
  texts.forEach((text, index) => {
    let start = 0;
    while (start < text.length) {
      let end = Math.min(text.length, start + max);
      if (end < text.length) {
        let cut = -1;
        for (let i = end - 1; i > start && cut < 0; i--)
          if (SENTENCE_END.test(text[i] ?? '')) cut = i + 1;
        for (let i = end - 1; i > start + max / 2 && cut < 0; i--)
          if (CLAUSE_END.test(text[i] ?? '')) cut = i + 1;
        if (cut > start) end = cut;
      }
      out.push({ index, start, end });
      start = end;
    }
  });
  return out;
}
