import { announcedSpeakers, truncated } from '../attribute/speakerCount';
import type { Component } from './component';

/** How many speakers the report announces, and whether its text stops mid-sentence. */
export const countSpeakers: Component = {
  name: 'speaker-count',
  run(doc) {
    doc.announcedSpeakers = announcedSpeakers(doc.blocks);
    doc.truncated = truncated(doc.blocks);
  },
};
