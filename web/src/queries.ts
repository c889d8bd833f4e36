/**
 * Every query the explorer sends, in one place: a test validates each against the schema
 * (test/unit/explorerQueries.test.ts), so a change to the API that breaks the page fails there.
 * The explorer uses only the public API; these are also examples for client developers.
 */

/** Evidence as the pages show it: the quote in its context, and where it sits in the report. */
const EVIDENCE = /* GraphQL */ `
  fragment Ev on Evidence {
    start
    end
    quote
    context(chars: 80)
    document {
      id
      source
      published
    }
  }
`;

const THEME_REF = /* GraphQL */ `
  fragment ThemeRef on Theme {
    id
    name
    kind
  }
`;

export const SEARCH = /* GraphQL */ `
  query Search($q: String!, $first: Int!, $types: [SearchType!]) {
    search(query: $q, first: $first, types: $types) {
      score
      highlight
      node {
        __typename
        id
        ... on Person {
          name
          posts(first: 3) {
            title
            former
          }
        }
        ... on Organisation {
          name
        }
        ... on Meeting {
          name
          date
        }
        ... on Proposal {
          speakerName
          date
        }
        ... on Theme {
          name
          kind
          proposalCount
        }
      }
    }
  }
`;

export const HOME = /* GraphQL */ `
  query Home {
    meetings(first: 8) {
      totalCount
      edges {
        node {
          id
          name
          date
          topic
        }
      }
    }
    people(orderBy: PROPOSALS, first: 10) {
      totalCount
      edges {
        node {
          id
          name
          proposals(first: 1) {
            totalCount
          }
        }
      }
    }
    themes(filter: { kind: PHRASE }, first: 16) {
      totalCount
      edges {
        node {
          ...ThemeRef
          proposalCount
        }
      }
    }
    policyAreas {
      name
      areas {
        theme {
          ...ThemeRef
        }
        count
      }
    }
  }
  ${THEME_REF}
`;

export const PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        name
        aliases
        posts(first: 50) {
          title
          post
          former
          organisation {
            id
            name
          }
          evidence {
            ...Ev
          }
        }
        represents(first: 20) {
          organisation {
            id
            name
          }
          evidence {
            ...Ev
          }
        }
        attended(first: 50) {
          meeting {
            id
            name
            date
            location
          }
          venue
          remote
        }
        chaired(first: 20) {
          meeting {
            id
            name
            date
          }
        }
        proposals(first: 50) {
          totalCount
          edges {
            node {
              id
              text
              date
              kind
              themes(first: 8) {
                ...ThemeRef
              }
              meeting {
                id
                name
                date
              }
              evidence {
                ...Ev
              }
            }
          }
        }
        themes(first: 12) {
          theme {
            ...ThemeRef
          }
          count
        }
        possibleMatches(first: 10) {
          person {
            id
            name
            posts(first: 3) {
              title
            }
          }
          score
          reason
        }
      }
    }
    coAdvocates(person: $id, first: 12) {
      person {
        id
        name
      }
      sharedThemes {
        ...ThemeRef
      }
    }
  }
  ${EVIDENCE}
  ${THEME_REF}
`;

export const ORGANISATION = /* GraphQL */ `
  query Organisation($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organisation {
        id
        name
        aliases
        posts(first: 100) {
          title
          former
          person {
            id
            name
            proposals(first: 5) {
              totalCount
              edges {
                node {
                  id
                  text
                  date
                  meeting {
                    id
                    name
                  }
                }
              }
            }
          }
        }
        representatives(first: 50) {
          person {
            id
            name
          }
          evidence {
            ...Ev
          }
        }
        convened(first: 20) {
          meeting {
            id
            name
            date
          }
        }
      }
    }
  }
  ${EVIDENCE}
`;

export const MEETING = /* GraphQL */ `
  query Meeting($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        name
        kind
        date
        location
        topic
        venues
        chairs {
          person {
            id
            name
          }
          evidence {
            ...Ev
          }
        }
        convenors {
          organisation {
            id
            name
          }
        }
        attendees(first: 100) {
          person {
            id
            name
          }
          venue
          remote
        }
        proposals(first: 100) {
          totalCount
          edges {
            node {
              id
              text
              kind
              speakerName
              speakerKind
              speaker {
                id
                name
              }
              themes(first: 8) {
                ...ThemeRef
              }
              evidence {
                ...Ev
              }
            }
          }
        }
        documents {
          id
          source
          published
          warnings
          announcedSpeakers
          foundSpeakers
        }
      }
    }
  }
  ${EVIDENCE}
  ${THEME_REF}
`;

export const THEME = /* GraphQL */ `
  query Theme($id: ID!) {
    node(id: $id) {
      __typename
      ... on Theme {
        id
        name
        kind
        parent
        forms
        proposalCount
        byMonth: trend(by: MONTH) {
          period
          count
          share
        }
        byYear: trend(by: YEAR) {
          period
          count
          share
        }
        byMeeting(first: 50) {
          meeting {
            id
            name
            date
          }
          count
        }
        firstRaised(first: 1) {
          id
          speakerName
          speaker {
            id
            name
          }
          date
        }
        advocates(first: 20) {
          person {
            id
            name
          }
          count
        }
        related(first: 12) {
          theme {
            ...ThemeRef
          }
          count
        }
        proposals(first: 30) {
          totalCount
          edges {
            node {
              id
              text
              date
              speakerName
              speaker {
                id
                name
              }
              meeting {
                id
                name
              }
              evidence {
                ...Ev
              }
            }
          }
        }
      }
    }
  }
  ${EVIDENCE}
  ${THEME_REF}
`;

export const PROPOSAL = /* GraphQL */ `
  query Proposal($id: ID!) {
    node(id: $id) {
      __typename
      ... on Proposal {
        id
        text
        date
        kind
        speakerName
        speakerKind
        speaker {
          id
          name
        }
        organisation {
          id
          name
        }
        meeting {
          id
          name
          date
        }
        themes(first: 12) {
          ...ThemeRef
        }
        areas {
          area {
            ...ThemeRef
          }
          signal
          via
        }
        reports(first: 10) {
          ...Ev
        }
      }
    }
  }
  ${EVIDENCE}
  ${THEME_REF}
`;

export const REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    node(id: $id) {
      __typename
      ... on Document {
        id
        source
        published
        script
        text
        warnings
        truncated
      }
    }
  }
`;

/** Names of the nodes of a graph or path, whatever their type. */
const GRAPH_NODE = /* GraphQL */ `
  fragment GraphNode on Node {
    __typename
    id
    ... on Person {
      name
    }
    ... on Organisation {
      name
    }
    ... on Meeting {
      name
      date
    }
    ... on Proposal {
      text
    }
    ... on Theme {
      name
      kind
    }
    ... on Document {
      source
    }
  }
`;

const GRAPH_EDGE = /* GraphQL */ `
  fragment GraphEdgeFields on GraphEdge {
    type
    from
    to
    properties
    evidence {
      ...Ev
    }
  }
`;

export const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!, $depth: Int!) {
    neighbourhood(id: $id, depth: $depth, limit: 100) {
      truncated
      nodes {
        ...GraphNode
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
  ${GRAPH_NODE}
  ${GRAPH_EDGE}
  ${EVIDENCE}
`;

export const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 4, first: 5) {
      nodes {
        ...GraphNode
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
  ${GRAPH_NODE}
  ${GRAPH_EDGE}
  ${EVIDENCE}
`;

export const NODE_NAME = /* GraphQL */ `
  query NodeName($id: ID!) {
    node(id: $id) {
      ...GraphNode
    }
  }
  ${GRAPH_NODE}
`;

/** The whole corpus: the most active people and their themes (over all their proposals). */
export const MATRIX_CORPUS = /* GraphQL */ `
  query MatrixCorpus {
    people(orderBy: PROPOSALS, first: 30) {
      edges {
        node {
          id
          name
          themes(first: 40) {
            theme {
              ...ThemeRef
            }
            count
          }
        }
      }
    }
  }
  ${THEME_REF}
`;

/** One meeting: its proposals, counted per speaker and theme by the page. */
export const MATRIX_MEETING = /* GraphQL */ `
  query MatrixMeeting($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        name
        date
        proposals(first: 100) {
          totalCount
          edges {
            node {
              id
              speaker {
                id
                name
              }
              themes(first: 12) {
                ...ThemeRef
              }
            }
          }
        }
      }
    }
    meetings(first: 50) {
      edges {
        node {
          id
          name
          date
        }
      }
    }
  }
  ${THEME_REF}
`;

export const MEETINGS = /* GraphQL */ `
  query Meetings {
    meetings(first: 50) {
      edges {
        node {
          id
          name
          date
        }
      }
    }
  }
`;

/** Every query, by name, for the schema test. */
export const ALL_QUERIES: Record<string, string> = {
  SEARCH,
  HOME,
  PERSON,
  ORGANISATION,
  MEETING,
  THEME,
  PROPOSAL,
  REPORT,
  NEIGHBOURHOOD,
  PATHS,
  NODE_NAME,
  MATRIX_CORPUS,
  MATRIX_MEETING,
  MEETINGS,
};
