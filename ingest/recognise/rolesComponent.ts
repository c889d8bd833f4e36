import type { Component } from '../pipeline/component';
import { roleRules } from './role';
import { attendanceOf } from './venue';

/** The sentence around an offset (captions have no turns, so this reads the text itself). */
const TERMINAL = new Set(['。', '！', '？', '；']);

/** The sentence around `at`, found by walking to its ends (not by searching the whole block). */
function sentenceAround(folded: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !TERMINAL.has(folded[start - 1] ?? '')) start--;
  let end = at;
  while (end < folded.length && !TERMINAL.has(folded[end] ?? '')) end++;
  return { start, end: end < folded.length ? end + 1 : folded.length };
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
