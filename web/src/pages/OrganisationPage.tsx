import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { NodeActions } from '../components/NodeActions';
import { Section } from '../components/Section';
import { Empty } from '../components/States';
import { ORGANISATION } from '../queries';
import { hrefOf } from '../route';
import type { OrganisationData } from '../types';
import { useNodePage } from '../useNodePage';
import { useTitle } from '../useTitle';

type Organisation = Extract<NonNullable<OrganisationData['node']>, { __typename: 'Organisation' }>;
type Member = Organisation['posts'][number]['person'];

/** One row per person, with every title they hold here. */
function people(
  o: Organisation,
): { person: Member; titles: { title: string; former: boolean }[] }[] {
  const byId = new Map<string, { person: Member; titles: { title: string; former: boolean }[] }>();
  for (const p of o.posts) {
    const row = byId.get(p.person.id) ?? { person: p.person, titles: [] };
    if (!row.titles.some((t) => t.title === p.title))
      row.titles.push({ title: p.title, former: p.former });
    byId.set(p.person.id, row);
  }
  return [...byId.values()].sort(
    (a, b) => b.person.proposals.totalCount - a.person.proposals.totalCount,
  );
}

/** An organisation: its people (posts held at it) and what they proposed; who spoke for it. */
export function OrganisationPage(props: { id: string }) {
  const { node: org, placeholder } = useNodePage<OrganisationData, 'Organisation'>(
    ORGANISATION,
    props.id,
    'Organisation',
    'organisation',
  );
  useTitle(org?.name ?? null);
  if (!org) return placeholder;
  const rows = people(org);
  return (
    <article class="node-page" data-ready="organisation">
      <header class="node-header">
        <p class="kind">Organisation</p>
        <h1 lang="zh">{org.name}</h1>
        {org.aliases.length > 0 ? (
          <p class="aliases">also written {org.aliases.join('、')}</p>
        ) : null}
        <NodeActions id={org.id} />
      </header>
      <div class="columns">
        <div class="main-column">
          <Section title="People" count={rows.length}>
            {rows.length === 0 ? (
              <Empty>No one is recorded with a post here.</Empty>
            ) : (
              <ul class="members">
                {rows.map(({ person, titles }) => (
                  <li key={person.id} class="member">
                    <h3>
                      <Link href={hrefOf({ page: 'person', id: person.id })}>{person.name}</Link>
                      <span class="muted">
                        {' '}
                        {titles
                          .map((t) => (t.former ? `${t.title}（former）` : t.title))
                          .join('、')}
                      </span>
                    </h3>
                    {person.proposals.edges.length ? (
                      <ul class="member-proposals">
                        {person.proposals.edges.map(({ node: p }) => (
                          <li key={p.id} lang="zh">
                            <Link href={hrefOf({ page: 'proposal', id: p.id })}>{p.text}</Link>
                            {p.meeting ? <span class="muted"> · {p.meeting.name}</span> : null}
                          </li>
                        ))}
                        {person.proposals.totalCount > person.proposals.edges.length ? (
                          <li>
                            <Link href={hrefOf({ page: 'person', id: person.id })}>
                              all {person.proposals.totalCount} proposals
                            </Link>
                          </li>
                        ) : null}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <div class="side-column">
          <Section title="Spoke for it" count={org.representatives.length}>
            {org.representatives.length === 0 ? (
              <Empty>No one is recorded speaking for it.</Empty>
            ) : (
              <ul class="facts">
                {org.representatives.map((r, i) => (
                  <li key={i}>
                    <Link href={hrefOf({ page: 'person', id: r.person.id })}>{r.person.name}</Link>
                    <details>
                      <summary>evidence</summary>
                      <EvidenceQuote evidence={r.evidence} />
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {org.convened.length > 0 ? (
            <Section title="Meetings convened" count={org.convened.length}>
              <ul class="facts">
                {org.convened.map((c) => (
                  <li key={c.meeting.id}>
                    <Link href={hrefOf({ page: 'meeting', id: c.meeting.id })}>
                      {c.meeting.name}
                    </Link>
                    {c.meeting.date ? <span class="muted"> {c.meeting.date}</span> : null}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
