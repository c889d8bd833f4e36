import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { ProposalItem } from '../components/ProposalItem';
import { NodeActions } from '../components/NodeActions';
import { Section } from '../components/Section';
import { Empty } from '../components/States';
import { ThemeChips } from '../components/ThemeChips';
import { PERSON } from '../queries';
import { hrefOf } from '../route';
import type { PersonData } from '../types';
import { useNodePage } from '../useNodePage';
import { useTitle } from '../useTitle';

type Person = Extract<NonNullable<PersonData['node']>, { __typename: 'Person' }>;

function Posts(props: { posts: Person['posts'] }) {
  if (props.posts.length === 0) return <Empty>No post is given in the reports.</Empty>;
  const ordered = [...props.posts].sort((a, b) => Number(a.former) - Number(b.former));
  return (
    <ul class="facts">
      {ordered.map((p, i) => (
        <li key={i} class={p.former ? 'former' : undefined}>
          <span class="fact-title">{p.title}</span>
          {p.former ? (
            <span class="tag">former</span>
          ) : (
            <span class="tag tag-current">current</span>
          )}
          {p.organisation ? (
            <>
              {' · '}
              <Link href={hrefOf({ page: 'organisation', id: p.organisation.id })}>
                {p.organisation.name}
              </Link>
            </>
          ) : null}
          <details>
            <summary>evidence</summary>
            <EvidenceQuote evidence={p.evidence} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function Meetings(props: { person: Person }) {
  const { attended, chaired } = props.person;
  if (attended.length === 0 && chaired.length === 0)
    return <Empty>No meeting attended is recorded.</Empty>;
  return (
    <ul class="facts">
      {chaired.map((c) => (
        <li key={`c-${c.meeting.id}`}>
          <Link href={hrefOf({ page: 'meeting', id: c.meeting.id })}>{c.meeting.name}</Link>
          <span class="tag">chaired</span>
          {c.meeting.date ? <span class="muted"> {c.meeting.date}</span> : null}
        </li>
      ))}
      {attended.map((a) => (
        <li key={`a-${a.meeting.id}`}>
          <Link href={hrefOf({ page: 'meeting', id: a.meeting.id })}>{a.meeting.name}</Link>
          {a.meeting.date ? <span class="muted"> {a.meeting.date}</span> : null}
          {a.venue ? <span class="tag">venue: {a.venue}</span> : null}
          {a.remote ? <span class="tag">remote</span> : null}
          {!a.venue && a.meeting.location ? (
            <span class="muted"> · {a.meeting.location}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Proposals(props: { person: Person }) {
  const edges = props.person.proposals.edges;
  if (edges.length === 0) return <Empty>No proposal is attributed to this person.</Empty>;
  return (
    <ol class="proposals">
      {edges.map(({ node: p }) => (
        <ProposalItem key={p.id} proposal={p} evidence="shown" />
      ))}
    </ol>
  );
}

/** Who a person is in the reports: posts, meetings, proposals with evidence, co-advocates. */
export function PersonPage(props: { id: string }) {
  const {
    data,
    node: person,
    placeholder,
  } = useNodePage<PersonData, 'Person'>(PERSON, props.id, 'Person', 'person');
  useTitle(person?.name ?? null);
  if (!person) return placeholder;
  const co = data?.coAdvocates ?? [];
  return (
    <article class="node-page" data-ready="person">
      <header class="node-header">
        <p class="kind">Person</p>
        <h1 lang="zh">{person.name}</h1>
        {person.aliases.length > 0 ? (
          <p class="aliases">also written {person.aliases.join('、')}</p>
        ) : null}
        <NodeActions id={person.id} person />
      </header>
      <div class="columns">
        <div class="main-column">
          <Section title="Proposals" count={person.proposals.totalCount}>
            <Proposals person={person} />
          </Section>
        </div>
        <div class="side-column">
          <Section title="Posts" count={person.posts.length}>
            <Posts posts={person.posts} />
          </Section>
          {person.represents.length > 0 ? (
            <Section title="Spoke for" count={person.represents.length}>
              <ul class="facts">
                {person.represents.map((r, i) => (
                  <li key={i}>
                    <Link href={hrefOf({ page: 'organisation', id: r.organisation.id })}>
                      {r.organisation.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section title="Meetings">
            <Meetings person={person} />
          </Section>
          <Section title="Themes">
            {person.themes.length ? (
              <ThemeChips
                themes={person.themes.map((t) => t.theme)}
                counts={new Map(person.themes.map((t) => [t.theme.id, t.count]))}
              />
            ) : (
              <Empty>No themes.</Empty>
            )}
          </Section>
          {person.possibleMatches.length ? (
            <Section title="Possibly the same person as" count={person.possibleMatches.length}>
              <ul class="facts">
                {person.possibleMatches.map((m) => (
                  <li key={m.person.id}>
                    <Link href={hrefOf({ page: 'person', id: m.person.id })}>{m.person.name}</Link>
                    <span class="muted"> {m.person.posts.map((p) => p.title).join('、')}</span>
                    <span class="tag">{Math.round(m.score * 100)}%</span>
                    <p class="muted small">{m.reason}</p>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section title="Co-advocates" count={co.length}>
            {co.length === 0 ? (
              <Empty>No one else proposed on the same themes.</Empty>
            ) : (
              <ul class="facts">
                {co.map((c) => (
                  <li key={c.person.id}>
                    <Link href={hrefOf({ page: 'person', id: c.person.id })}>{c.person.name}</Link>
                    <span class="muted"> · {c.sharedThemes.map((t) => t.name).join('、')}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </article>
  );
}
