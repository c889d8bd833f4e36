import { layout } from '../normalise/layout';
import { sentences } from '../normalise/sentences';
import type { Component } from './component';

/** Blocks (layout repair, raw offsets, folded script) and the sentences of each. */
export const readText: Component = {
  name: 'layout',
  run(doc) {
    doc.blocks = layout(doc.raw);
    doc.sentences = doc.blocks.map((b) => sentences(b));
  },
};
