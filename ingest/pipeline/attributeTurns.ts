import { turns } from '../attribute/turns';
import type { Component } from './component';

/** Who speaks in each sentence: named speakers, carried turns, quotes attributed after them. */
export const attributeTurns: Component = {
  name: 'turns',
  run(doc) {
    doc.turns = turns(doc.blocks, doc.mentions, doc.lexicon, doc.organisations);
  },
};
