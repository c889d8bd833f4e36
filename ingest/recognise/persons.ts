import type { Block } from '../normalise/block';
import { findMentions, knownNameMentions } from './findMentions';
import type { Mention } from './mention';
import { endsName } from './name';

function richness(m: Mention): number {
  return m.titles.length * 10 + (m.trailing ? 5 : 0) + (m.nameStart - m.start > 0 ? 1 : 0);
}

/** One mention per name position, the one that says most about the person. */
function dedupe(mentions: Mention[]): Mention[] {
  const best = new Map<string, Mention>();
  for (const m of mentions) {
    const at = `${m.block}:${m.nameStart}`;
    const seen = best.get(at);
    if (!seen || richness(m) > richness(seen)) best.set(at, m);
  }
  const all = [...best.values()];
  // A shorter reading inside a longer name at the same place (李明 inside 李明明) gives way.
  return all
    .filter(
      (m) =>
        !all.some(
          (o) =>
            o !== m &&
            o.block === m.block &&
            o.nameStart <= m.nameStart &&
            o.nameEnd >= m.nameEnd &&
            o.nameEnd - o.nameStart > m.nameEnd - m.nameStart,
        ),
    )
    .sort((a, b) => a.block - b.block || a.nameStart - b.nameStart);
}

/**
 * Every mention of a person in the report: first by title, honorific or speech verb, then
 * every later bare use of a name found that way (陈志刚建议…, 」李明表示).
 */
export function personMentions(blocks: readonly Block[]): Mention[] {
  const readable = blocks.filter((b) => b.kind !== 'heading');
  const first = readable.flatMap((b) => findMentions(b));
  const keys = new Set(first.map((m) => m.key));
  const later = readable.flatMap((b) =>
    knownNameMentions(b, keys).filter((m) => endsName(b.folded, m.nameEnd)),
  );
  return dedupe([...first, ...later]);
}
