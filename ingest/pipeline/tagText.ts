import type { Tagger } from '../tag/tagger';
import type { Component } from './component';

/** The tagger's words of every block, all of a report's blocks in one batched pass. */
export function tagText(tagger: () => Promise<Tagger>): Component {
  return {
    name: 'tagger',
    async run(doc) {
      const t = await tagger();
      doc.tokens = await t.tag(doc.blocks.map((b) => b.folded));
    },
  };
}
