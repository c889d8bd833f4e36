/** The shapes of the answers to web/src/queries.ts, as the pages read them. */

export interface Ref {
  id: string;
  name: string;
}

export interface ThemeRef extends Ref {
  kind: 'PHRASE' | 'AREA';
}

export interface MeetingRef extends Ref {
  date: string | null;
}

export interface Evidence {
  start: number;
  end: number;
  quote: string;
  context: string;
  document: { id: string; source: string; published: string | null };
}

export interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
}

export type ProposalKind = 'MEMBER_PROPOSAL' | 'CHAIR_DIRECTIVE' | 'OFFICIAL_REMARK' | 'COLLECTIVE';

export interface SearchHit {
  score: number;
  highlight: string;
  node:
    | {
        __typename: 'Person';
        id: string;
        name: string;
        posts: { title: string; former: boolean }[];
      }
    | { __typename: 'Organisation'; id: string; name: string }
    | { __typename: 'Meeting'; id: string; name: string; date: string | null }
    | { __typename: 'Proposal'; id: string; speakerName: string | null; date: string | null }
    | {
        __typename: 'Theme';
        id: string;
        name: string;
        kind: ThemeRef['kind'];
        proposalCount: number;
      }
    | { __typename: 'Document'; id: string };
}

export interface HomeData {
  meetings: Connection<MeetingRef & { topic: string | null }>;
  people: Connection<Ref & { proposals: { totalCount: number } }>;
  themes: Connection<ThemeRef & { proposalCount: number }>;
  policyAreas: { name: string; areas: { theme: ThemeRef; count: number }[] }[];
}

export interface PersonProposal {
  id: string;
  text: string;
  date: string | null;
  kind: ProposalKind | null;
  themes: ThemeRef[];
  meeting: MeetingRef | null;
  evidence: Evidence;
}

export interface PersonData {
  node:
    | {
        __typename: 'Person';
        id: string;
        name: string;
        aliases: string[];
        posts: {
          title: string;
          post: string;
          former: boolean;
          organisation: Ref | null;
          evidence: Evidence;
        }[];
        represents: { organisation: Ref; evidence: Evidence }[];
        attended: {
          meeting: MeetingRef & { location: string | null };
          venue: string | null;
          remote: boolean;
        }[];
        chaired: { meeting: MeetingRef }[];
        proposals: Connection<PersonProposal>;
        themes: { theme: ThemeRef; count: number }[];
        possibleMatches: {
          person: Ref & { posts: { title: string }[] };
          score: number;
          reason: string;
        }[];
      }
    | { __typename: string }
    | null;
  coAdvocates: { person: Ref; sharedThemes: ThemeRef[] }[];
}

export interface OrganisationData {
  node:
    | {
        __typename: 'Organisation';
        id: string;
        name: string;
        aliases: string[];
        posts: {
          title: string;
          former: boolean;
          person: Ref & {
            proposals: Connection<{
              id: string;
              text: string;
              date: string | null;
              meeting: Ref | null;
            }>;
          };
        }[];
        representatives: { person: Ref; evidence: Evidence }[];
        convened: { meeting: MeetingRef }[];
      }
    | { __typename: string }
    | null;
}

export interface MeetingProposal {
  id: string;
  text: string;
  kind: ProposalKind | null;
  speakerName: string | null;
  speakerKind: 'PERSON' | 'ORGANISATION' | 'COLLECTIVE' | null;
  speaker: Ref | null;
  themes: ThemeRef[];
  evidence: Evidence;
}

export interface MeetingData {
  node:
    | {
        __typename: 'Meeting';
        id: string;
        name: string;
        kind: string;
        date: string | null;
        location: string | null;
        topic: string | null;
        venues: string[];
        chairs: { person: Ref; evidence: Evidence }[];
        convenors: { organisation: Ref }[];
        attendees: { person: Ref; venue: string | null; remote: boolean }[];
        proposals: Connection<MeetingProposal>;
        documents: {
          id: string;
          source: string;
          published: string | null;
          warnings: string[];
          announcedSpeakers: number | null;
          foundSpeakers: number | null;
        }[];
      }
    | { __typename: string }
    | null;
}

export interface TrendPoint {
  period: string;
  count: number;
  share: number;
}

export interface ThemeData {
  node:
    | {
        __typename: 'Theme';
        id: string;
        name: string;
        kind: ThemeRef['kind'];
        parent: string | null;
        forms: string[];
        proposalCount: number;
        byMonth: TrendPoint[];
        byYear: TrendPoint[];
        byMeeting: { meeting: MeetingRef; count: number }[];
        firstRaised: {
          id: string;
          speakerName: string | null;
          speaker: Ref | null;
          date: string | null;
        }[];
        advocates: { person: Ref; count: number }[];
        related: { theme: ThemeRef; count: number }[];
        proposals: Connection<{
          id: string;
          text: string;
          date: string | null;
          speakerName: string | null;
          speaker: Ref | null;
          meeting: Ref | null;
          evidence: Evidence;
        }>;
      }
    | { __typename: string }
    | null;
}

export interface ProposalData {
  node:
    | {
        __typename: 'Proposal';
        id: string;
        text: string;
        date: string | null;
        kind: ProposalKind | null;
        speakerName: string | null;
        speakerKind: MeetingProposal['speakerKind'];
        speaker: Ref | null;
        organisation: Ref | null;
        meeting: MeetingRef | null;
        themes: ThemeRef[];
        areas: { area: ThemeRef; signal: string | null; via: string | null }[];
        reports: Evidence[];
      }
    | { __typename: string }
    | null;
}

export interface ReportData {
  node:
    | {
        __typename: 'Document';
        id: string;
        source: string;
        published: string | null;
        script: string;
        text: string;
        warnings: string[];
        truncated: boolean | null;
      }
    | { __typename: string }
    | null;
}

export interface GraphNode {
  __typename: string;
  id: string;
  name?: string;
  text?: string;
  date?: string | null;
  kind?: string;
  source?: string;
}

export interface GraphEdge {
  type: string;
  from: string;
  to: string;
  properties: string;
  evidence: Evidence | null;
}

export interface GraphData {
  neighbourhood: { truncated: boolean; nodes: GraphNode[]; edges: GraphEdge[] };
}

export interface PathsData {
  paths: { nodes: GraphNode[]; edges: GraphEdge[] }[];
}

export interface MatrixCorpusData {
  people: Connection<Ref & { themes: { theme: ThemeRef; count: number }[] }>;
}

export interface MatrixMeetingData {
  node:
    | {
        __typename: 'Meeting';
        id: string;
        name: string;
        date: string | null;
        proposals: Connection<{ id: string; speaker: Ref | null; themes: ThemeRef[] }>;
      }
    | { __typename: string }
    | null;
  meetings: Connection<MeetingRef>;
}

export interface MeetingsData {
  meetings: Connection<MeetingRef>;
}

/** Narrows a `node(id:)` answer to the type a page expects. */
export function nodeOf<T extends { __typename: string }, N extends string>(
  node: T | { __typename: string } | null,
  typename: N,
): Extract<T, { __typename: N }> | null {
  return node && node.__typename === typename ? (node as Extract<T, { __typename: N }>) : null;
}
