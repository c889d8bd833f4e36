import type { Component } from '../pipeline/component';
import { roleRules } from './role';
import { attendanceOf } from './venue';

/** The sentence around an offset (captions have no turns, so this reads the text itself). */
function sentenceAround(folded: string, at: number): { start: number; end: number } {
  const start = Math.max(...['。', '！', '？', '；'].map((p) => folded.lastIndexOf(p, at - 1))) + 1;
  const ends = ['。', '！', '？', '；'].map((p) => folded.indexOf(p, at)).filter((i) => i >= 0);
  return { start, end: ends.length ? Math.min(...ends) + 1 : folded.length };
}

/**
 * What each mention does where it stands (speaks, chairs, speaks for a body) and where the
 * person took part from (a venue, remotely): read from the text around it.
 */
export const readRoles: Component = {
  name: 'roles',
  run(doc) {
    for (const m of doc.mentions) {
      const b = doc.blocks[m.block];
      if (!b) continue;
      m.role = roleRules(doc.lexicon).roleOf(b.folded, m);
      m.attendance = attendanceOf(b, m, sentenceAround(b.folded, m.nameStart), doc.lexicon);
    }
  },
};
