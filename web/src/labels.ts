import type { ProposalKind } from './types';

/** Words the pages show for the API's enums. */
export const KIND_LABEL: Record<ProposalKind, string> = {
  MEMBER_PROPOSAL: 'proposal',
  CHAIR_DIRECTIVE: "chair's directive",
  OFFICIAL_REMARK: "official's remarks",
  COLLECTIVE: 'members as one',
};

export const TYPE_LABEL: Record<string, string> = {
  Person: 'People',
  Organisation: 'Organisations',
  Meeting: 'Meetings',
  Theme: 'Themes',
  Proposal: 'Proposals',
};

/** The order search results are grouped in, in the suggestions and on the results page. */
export const TYPE_ORDER = ['Person', 'Organisation', 'Meeting', 'Theme', 'Proposal'];

/** One of a type, for a suggestion's tag. */
export const TYPE_ONE: Record<string, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Meeting: 'meeting',
  Theme: 'theme',
  Proposal: 'proposal',
  Document: 'report',
};

/** Relationship types as a reader says them. */
export const EDGE_LABEL: Record<string, string> = {
  PROPOSES: 'proposes',
  HOLDS_POST: 'holds post',
  REPRESENTS: 'represents',
  CHAIRS: 'chairs',
  ATTENDS: 'attends',
  CONVENES: 'convenes',
  RAISED_AT: 'raised at',
  ABOUT: 'about',
  REPORTED_IN: 'reported in',
};

/** A short label for any node: a proposal by its opening words. */
export function nodeLabel(n: {
  name?: string;
  text?: string;
  source?: string;
  id: string;
}): string {
  if (n.name) return n.name;
  if (n.text) return n.text.length > 18 ? `${n.text.slice(0, 18)}…` : n.text;
  return n.source ?? n.id;
}
