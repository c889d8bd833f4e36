import { KgError } from '../domain/errors';
import type { Label, NodeModel } from './models';

const LABELS = new Set<Label>([
  'Person',
  'Organisation',
  'Meeting',
  'Proposal',
  'Theme',
  'Document',
]);

/** Relay global id: opaque base64url of "Label:key" (a fact's uid, a document's hash). */
export function globalId(label: Label, key: string): string {
  return Buffer.from(`${label}:${key}`, 'utf8').toString('base64url');
}

export function idOf(n: NodeModel): string {
  return globalId(n.label, n.label === 'Document' ? n.hash : n.uid);
}

/** Reads a global id; anything else is the client's mistake (BAD_USER_INPUT). */
export function parseGlobalId(id: string): { label: Label; key: string } {
  const raw = Buffer.from(id, 'base64url').toString('utf8');
  const colon = raw.indexOf(':');
  const label = raw.slice(0, colon) as Label;
  if (colon < 0 || !LABELS.has(label) || raw.length === colon + 1)
    throw new KgError(
      'BAD_USER_INPUT',
      `not an id of this API: ${JSON.stringify(id.slice(0, 80))}`,
    );
  return { label, key: raw.slice(colon + 1) };
}

/** A fact's uid from a global id of one of the given types. */
export function factUid(id: string, ...labels: Label[]): string {
  const { label, key } = parseGlobalId(id);
  if (label === 'Document' || (labels.length > 0 && !labels.includes(label)))
    throw new KgError(
      'BAD_USER_INPUT',
      `expected the id of a ${labels.join(' or ') || 'fact'}, got a ${label}'s`,
    );
  return key;
}
