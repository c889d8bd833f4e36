import type { MeetingProposal } from './types';

export interface Turn {
  key: string;
  speaker: MeetingProposal['speaker'];
  name: string;
  proposals: MeetingProposal[];
}

/**
 * Speakers in the order the report gives them: proposals by their place in the report, one
 * turn per speaker (a speaker's later proposals join their turn).
 */
export function turnsOf(proposals: MeetingProposal[]): Turn[] {
  const inOrder = [...proposals].sort(
    (a, b) =>
      a.evidence.document.id.localeCompare(b.evidence.document.id) ||
      a.evidence.start - b.evidence.start,
  );
  const turns = new Map<string, Turn>();
  for (const p of inOrder) {
    const name = p.speaker?.name ?? p.speakerName ?? 'unattributed';
    const key = p.speaker?.id ?? `name:${name}`;
    const turn = turns.get(key) ?? { key, speaker: p.speaker, name, proposals: [] };
    turn.proposals.push(p);
    turns.set(key, turn);
  }
  return [...turns.values()];
}
