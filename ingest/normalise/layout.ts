import { fold } from '../../src/domain/fold';
import { GLOSS } from '../../src/domain/gloss';
import type { Block, BlockKind } from './block';

interface Line {
  text: string;
  start: number;
}

const CAPTION_MARK = /^[◆◇■□▲△●○★☆▼▶►]/;
const CREDIT = /^[(（][^()（）]{1,24}[)）]$|^[(（]?新[華华]社[^。]{0,20}[攝摄][)）]?$/;
const CAPTION_LEAD = /^(圖為|图为|圖：|图：|圖\/|图\/)/;
const TERMINAL = /[。！？；」』”…：:!?）)]$/;
const HEADING_MARK = /^#{1,6}\s*/;
const ADDRESS = /https?:\/\/|www\./i;
const MAX_HEADING = 60;
// Page furniture (專刊, 第425期) is short enough to be a heading even on consecutive lines.
const MAX_FURNITURE = 12;
// 严晓远：关于著作权法的修订建议 — a speaker's subhead in a round-up, on a line of its own.
const SUBHEAD = /^[\u3400-\u9fff]{2,4}[：:][^。！？]{0,40}$/;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw[i] === '\n') {
      lines.push({ text: raw.slice(start, i).replace(/\r$/, ''), start });
      start = i + 1;
    }
  }
  return lines;
}

function kindOf(line: string, context: { startsFresh: boolean; endsBlock: boolean }): BlockKind {
  const t = line.trim();
  if (HEADING_MARK.test(t) || SUBHEAD.test(t)) return 'heading';
  if (CAPTION_MARK.test(t) || CREDIT.test(t) || CAPTION_LEAD.test(t)) return 'caption';
  // A site's address with a date or 我要评论 beside it is the page's furniture, not the story.
  if (ADDRESS.test(t) && !/[，。；！？,;!?]/.test(t)) return 'heading';
  // A line standing alone with no clause punctuation is a headline, heading or page furniture;
  // one that runs on into the next line (…教授\n邱晓明认为) is a paragraph broken by layout.
  const short = t.length <= MAX_FURNITURE && !t.includes('、');
  if (
    context.startsFresh &&
    (context.endsBlock || short) &&
    t.length <= MAX_HEADING &&
    !/[，。；！？,;!?]/.test(t)
  )
    return 'heading';
  return 'paragraph';
}

interface Draft {
  kind: BlockKind;
  chars: string[];
  offsets: number[];
}

// Re-exported: buildGraph reads a gloss after a name the same way.
export { GLOSS };
const HAN = /[\u3400-\u9fff]/;

/**
 * Keeps a space only where it separates two Latin words or numbers ("Hong Kong", "5 G"), and
 * drops pronunciation glosses after characters (the raw text keeps them; offsets skip them).
 */
function append(draft: Draft, line: Line, skip: number): void {
  const { text } = line;
  for (let i = skip; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(' && HAN.test(draft.chars[draft.chars.length - 1] ?? '')) {
      const gloss = GLOSS.exec(text.slice(i, i + 10))?.[0];
      if (gloss) {
        i += gloss.length - 1;
        continue;
      }
    }
    if (/\s/.test(ch)) {
      const prev = draft.chars[draft.chars.length - 1] ?? '';
      const next = text.slice(i + 1).trimStart()[0] ?? '';
      if (/[A-Za-z0-9]/.test(prev) && /[A-Za-z0-9]/.test(next) && prev !== ' ') {
        draft.chars.push(' ');
        draft.offsets.push(line.start + i);
      }
      continue;
    }
    draft.chars.push(ch);
    draft.offsets.push(line.start + i);
  }
}

/**
 * Repairs the layout of a report: drops whitespace, sets captions and their credits apart,
 * recognises headings, and joins paragraphs that a line break cut inside a sentence or a word
 * (even across a caption dropped into the middle). Every character keeps its raw offset.
 */
export function layout(raw: string): Block[] {
  const lines = splitLines(raw);
  const drafts: Draft[] = [];
  let open: Draft | null = null; // the paragraph a following line may continue
  lines.forEach((line, i) => {
    if (line.text.trim() === '') return;
    const continues = open !== null && !TERMINAL.test(open.chars[open.chars.length - 1] ?? '。');
    const endsBlock = (lines[i + 1]?.text.trim() ?? '') === '';
    const kind = kindOf(line.text, { startsFresh: !continues, endsBlock });
    if (kind !== 'paragraph') {
      const draft: Draft = { kind, chars: [], offsets: [] };
      const lead =
        kind === 'heading' ? (HEADING_MARK.exec(line.text.trimStart())?.[0].length ?? 0) : 0;
      append(draft, line, line.text.length - line.text.trimStart().length + lead);
      drafts.push(draft);
      if (kind === 'heading') open = null;
      return;
    }
    if (!continues || !open) {
      open = { kind, chars: [], offsets: [] };
      drafts.push(open);
    }
    append(open, line, 0);
  });
  return drafts
    .filter((d) => d.chars.length > 0)
    .map((d, index) => {
      const text = d.chars.join('');
      return { kind: d.kind, index, text, folded: fold(text), offsets: Int32Array.from(d.offsets) };
    });
}
