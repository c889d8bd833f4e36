import { z } from 'zod';
import { ProposalKind, SpeakerKind, ThemeKind } from '../domain/documentGraph';

/**
 * What resolvers pass between them: nodes as Neo4j returns them (`n {.*, label}`), checked with
 * zod where they enter the API, so a stray property never reaches a client unchecked.
 */
const str = z.string();
const strings = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
// A time as ISO text. api-documents.cypher converts it; a document reached through a
// relationship (a meeting's documents) or by id arrives as Neo4j's DateTime, with nanoseconds.
const instant = z
  .union([
    z.string(),
    z.custom<{ toString(): string }>(
      (v) => typeof v === 'object' && v !== null && 'nanosecond' in v,
    ),
  ])
  .transform((v) => (typeof v === 'string' ? v : new Date(v.toString()).toISOString()));
const optional = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

export const PersonModel = z.object({
  label: z.literal('Person'),
  uid: str,
  name: str,
  aliases: strings,
});
export type PersonModel = z.infer<typeof PersonModel>;

export const OrganisationModel = z.object({
  label: z.literal('Organisation'),
  uid: str,
  name: str,
  aliases: strings,
});
export type OrganisationModel = z.infer<typeof OrganisationModel>;

export const MeetingModel = z.object({
  label: z.literal('Meeting'),
  uid: str,
  name: str,
  kind: str,
  date: optional,
  location: optional,
  topic: optional,
  venues: strings,
});
export type MeetingModel = z.infer<typeof MeetingModel>;

export const ProposalModel = z.object({
  label: z.literal('Proposal'),
  uid: str,
  doc: str,
  text: str,
  start: z.number().int(),
  end: z.number().int(),
  date: optional,
  speaker: optional,
  // Proposals ingested before kinds were read have none: null, not a guess.
  kind: ProposalKind.nullish().transform((v) => v ?? null),
  speakerKind: SpeakerKind.nullish().transform((v) => v ?? null),
});
export type ProposalModel = z.infer<typeof ProposalModel>;

export const ThemeModel = z.object({
  label: z.literal('Theme'),
  uid: str,
  key: str,
  name: str,
  // Themes stored before kinds were read are the keywords of those days: phrases.
  kind: ThemeKind.nullish().transform((v) => v ?? 'phrase'),
  parent: str.nullish().transform((v) => v ?? null),
  forms: z
    .array(str)
    .nullish()
    .transform((v) => v ?? []),
});
export type ThemeModel = z.infer<typeof ThemeModel>;

export const DocumentModel = z.object({
  label: z.literal('Document'),
  hash: str,
  source: str,
  published: optional,
  script: str,
  ingestedAt: instant,
  proposals: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? 0),
  warnings: strings,
  // Documents ingested before these were read have none: null, not a guess.
  announcedSpeakers: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  foundSpeakers: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  truncated: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
});
export type DocumentModel = z.infer<typeof DocumentModel>;

export const NodeModel = z.discriminatedUnion('label', [
  PersonModel,
  OrganisationModel,
  MeetingModel,
  ProposalModel,
  ThemeModel,
  DocumentModel,
]);
export type NodeModel = z.infer<typeof NodeModel>;
export type FactModel = Exclude<NodeModel, DocumentModel>;
export type Label = NodeModel['label'];

/** Where a fact was read: a document (by content hash) and a span of it. */
export interface EvidenceModel {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

/** Relationship properties as stored: the edge's own and its evidence. */
export const RelProps = z
  .object({
    doc: z.string().optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    quote: z.string().optional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type RelProps = z.infer<typeof RelProps>;

/** A relationship with both ends, in its own direction (from → to). */
export interface RelationModel {
  type: string;
  from: NodeModel;
  to: NodeModel;
  props: RelProps;
}

/** A relationship for a graph view: ends by uid. */
export interface GraphEdgeModel {
  type: string;
  from: FactModel['uid'];
  to: FactModel['uid'];
  fromLabel: Label;
  toLabel: Label;
  /** Null when the request asked for neither properties nor evidence, so none were read. */
  props: RelProps | null;
}

/** One page of a connection: its nodes, where it starts, and the total when asked for. */
export interface ConnectionModel<T> {
  nodes: T[];
  offset: number;
  hasNextPage: boolean;
  total: () => Promise<number>;
}

export function evidenceOf(props: RelProps): EvidenceModel | null {
  if (props.doc === undefined || props.start === undefined || props.end === undefined) return null;
  return { doc: props.doc, start: props.start, end: props.end, quote: props.quote ?? '' };
}
