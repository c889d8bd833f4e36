import type { Block } from '../normalise/block';
import { sentences, type Sentence } from '../normalise/sentences';
import type { Mention, Role } from '../recognise/mention';
import type { Lexicon } from '../lexicon/lexicon';
import { roleRules } from '../recognise/role';
import { words } from '../recognise/words';
import { byBlock } from '../doc/byBlock';

/** A sentence with the person whose words it reports (or null), and where the content begins. */
export interface Turn {
  sentence: Sentence;
  speaker: string | null;
  /** The speech mention inside this sentence, when the sentence names its speaker. */
  attribution: { mention: Mention; role: Role } | null;
  section: string | null;
}

const CONTINUES =
  /^(?:[「“『]|他|她|在他看来|在她看来|同时|此外|另外|与此同时，(?=.*(?:应|要|建议))|他还|她还|还|并|建议|应|要|需要)/;

type RoleOf = ReturnType<typeof roleRules>['roleOf'];

function speechIn(
  s: Sentence,
  folded: string,
  mentions: readonly Mention[],
  roleOf: RoleOf,
): Turn['attribution'] {
  for (const m of mentions) {
    if (m.block !== s.block || m.nameStart < s.start || m.nameEnd > s.end) continue;
    const role = roleOf(folded, m);
    if (role.speaks) return { mention: m, role };
  }
  return null;
}

function namedIn(s: Sentence, mentions: readonly Mention[]): Mention | null {
  return (
    mentions.find((m) => m.block === s.block && m.nameStart >= s.start && m.nameEnd <= s.end) ??
    null
  );
}

/** Is `s` only an attribution (「…」吴坚表示。): its content ends where the speech verb does? */
function isAttributionOnly(s: Sentence, attribution: Turn['attribution'], folded: string): boolean {
  if (!attribution) return false;
  return folded.slice(attribution.role.contentStart, s.end).replace(/[。！；\s]/g, '') === '';
}

/**
 * Walks the report paragraph by paragraph and decides who is speaking in each sentence: a
 * named speaker, carried over to the following sentences and to a following paragraph that
 * opens with a quote, a pronoun or a recommendation; a quote's speaker named after it; a
 * heading or a narrative paragraph ends the turn.
 */
export function turns(
  blocks: readonly Block[],
  mentions: readonly Mention[],
  lexicon: Lexicon,
): Turn[] {
  const { roleOf } = roleRules(lexicon);
  const { groupSubjects } = words(lexicon);
  const out: Turn[] = [];
  let speaker: string | null = null;
  let section: string | null = null;
  const mentionsOf = byBlock(mentions);
  for (const block of blocks) {
    if (block.kind === 'heading') {
      speaker = null;
      section = block.text;
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    const f = block.folded;
    const ss = sentences(block);
    const local = mentionsOf(block.index);
    if (!CONTINUES.test(f)) speaker = null;
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i];
      if (!s) continue;
      const text = f.slice(s.start, s.end);
      if (s.opensQuote && !s.inQuote) {
        // A quotation first, its speaker after it: look past the closing quote.
        let j = i;
        while (j < ss.length && !ss[j]?.closesQuote) j++;
        const after = ss[j + 1];
        const named = after
          ? (speechIn(after, f, local, roleOf)?.mention ?? namedIn(after, local))
          : null;
        if (named && after && f.slice(after.start, after.end).length < 120 && !after.opensQuote)
          speaker = named.key;
      }
      const attribution = speechIn(s, f, local, roleOf);
      if (attribution) speaker = attribution.mention.key;
      // Collective speech (委员们表示) is nobody's: it ends the turn; 他/她 continue it.
      else if (
        groupSubjects.test(text) ||
        /^[\u3400-\u9fff]{0,8}们(?:表示|认为|坚信|一致认为)/.test(text)
      )
        speaker = null;
      const only = isAttributionOnly(s, attribution, f);
      out.push({
        sentence: s,
        speaker: only ? null : speaker,
        attribution: only ? null : attribution,
        section,
      });
    }
  }
  return out;
}
