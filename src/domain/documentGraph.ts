import { z } from 'zod';

/** Where a fact was read: JavaScript string offsets into the report as read (BOM removed). */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Title = z.object({
  title: z.string(),
  organisation: z.string().nullable(),
  organisationKey: z.string().nullable(),
  post: z.string(),
  former: z.boolean(),
  evidence: Evidence,
});
export type Title = z.infer<typeof Title>;

export const Person = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  titles: z.array(Title),
  organisations: z.array(z.string()),
  represents: z.array(z.string()),
  venue: z.string().nullable(),
  remote: z.boolean(),
  mentionedOnly: z.boolean(),
  evidence: Evidence,
});
export type Person = z.infer<typeof Person>;

export const Organisation = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  source: z.enum(['title', 'tagger', 'model']),
  evidence: Evidence,
});
export type Organisation = z.infer<typeof Organisation>;

/**
 * Whose words these are, as the gold annotations say: a member's proposal, the chair's
 * directive to the meeting (要…), an official's remarks (a minister, a vice-governor), or a
 * group's, which speaks as one (委员们表示, 大家一致认为).
 */
export const ProposalKind = z.enum([
  'member_proposal',
  'chair_directive',
  'official_remark',
  'collective',
]);
export type ProposalKind = z.infer<typeof ProposalKind>;

/** Who spoke: a person, a body (民革中央建议), or a group named as one (委员们). */
export const SpeakerKind = z.enum(['person', 'organisation', 'collective']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

export const Proposal = z.object({
  id: z.string(),
  kind: ProposalKind,
  /** The speaker as the report names them: a person's or a body's name, or 委员们. */
  speaker: z.string(),
  /** The speaking person's or body's key; a group's folded name. */
  speakerKey: z.string(),
  speakerKind: SpeakerKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** The names of its themes, phrases and areas (their kinds are in `themes` of the graph). */
  themes: z.array(z.string()),
});
export type Proposal = z.infer<typeof Proposal>;

export const Meeting = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  topic: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  location: z.string().nullable(),
  chair: z.string().nullable(),
  convenor: z.string().nullable(),
  venues: z.array(z.string()),
  evidence: Evidence,
});
export type Meeting = z.infer<typeof Meeting>;

/** A phrase a proposal names (普惠算力), or a policy area of the taxonomy (数字经济). */
export const ThemeKind = z.enum(['phrase', 'area']);
export type ThemeKind = z.infer<typeof ThemeKind>;

export const Theme = z.object({
  id: z.string(),
  /** Folded across script and regional vocabulary (人工智慧 and 人工智能 are one key). */
  key: z.string(),
  /** The most common surface form in the report. */
  name: z.string(),
  kind: ThemeKind,
  /** An area's first level (经济 for 数字经济); null for a phrase. */
  parent: z.string().nullable(),
  /** Every surface form seen, most common first. */
  forms: z.array(z.string()),
  count: z.number().int(),
});
export type Theme = z.infer<typeof Theme>;

export const EdgeType = z.enum([
  'PROPOSES',
  'CHAIRS',
  'HOLDS_POST',
  'REPRESENTS',
  'ATTENDS',
  'CONVENES',
  'MENTIONS',
  'ABOUT',
  'RAISED_AT',
]);
export type EdgeType = z.infer<typeof EdgeType>;

export const Edge = z.object({
  type: EdgeType,
  from: z.string(),
  to: z.string(),
  properties: z.record(z.string(), z.union([z.string(), z.boolean(), z.number(), z.null()])),
  evidence: Evidence,
});
export type Edge = z.infer<typeof Edge>;

/** Everything one report says, as one validated graph: the extractor's only output. */
export const DocumentGraph = z.object({
  source: z.string(),
  contentHash: z.string(),
  published: z.string().nullable(),
  script: z.enum(['traditional', 'simplified', 'mixed', 'unknown']),
  meeting: Meeting.nullable(),
  persons: z.array(Person),
  organisations: z.array(Organisation),
  proposals: z.array(Proposal),
  statements: z.array(Proposal),
  themes: z.array(Theme),
  edges: z.array(Edge),
  /** How many speakers the report says spoke, when it says (14位全国政协常委作大会发言). */
  announcedSpeakers: z.number().int().nonnegative().nullable(),
  /** People the graph gives a proposal or a statement. */
  foundSpeakers: z.number().int().nonnegative(),
  /** The text stops mid-sentence: what follows the cut is not in the graph. */
  truncated: z.boolean(),
  warnings: z.array(z.string()),
});
export type DocumentGraph = z.infer<typeof DocumentGraph>;
