import { Link } from '../components/Link';
import { Section } from '../components/Section';
import { Empty, Failure, Loading } from '../components/States';
import { ThemeChips } from '../components/ThemeChips';
import { HOME } from '../queries';
import { hrefOf } from '../route';
import type { HomeData } from '../types';
import { useQuery } from '../useQuery';
import { useTitle } from '../useTitle';

/** The corpus at a glance: latest meetings, the most active people, themes and policy areas. */
export function HomePage() {
  useTitle(null);
  const { state, retry } = useQuery<HomeData>(HOME, {});
  if (state.status === 'loading') return <Loading what="the corpus" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  const d = state.data;
  if (d.meetings.totalCount === 0)
    return (
      <Empty>
        The graph is empty. <code>npm start</code> loads the bundled reports;{' '}
        <code>npx kg ingest FOLDER</code> adds your own.
      </Empty>
    );
  return (
    <div class="home" data-ready="home">
      <p class="lede">
        Who proposed what at political consultation meetings, read from news reports in either
        script. Every fact links to the sentence it came from.
      </p>
      <div class="columns three">
        <Section title="Latest meetings" count={d.meetings.totalCount}>
          <ul class="facts">
            {d.meetings.edges.map(({ node: m }) => (
              <li key={m.id}>
                <Link href={hrefOf({ page: 'meeting', id: m.id })}>{m.name}</Link>
                <span class="muted">
                  {m.date ? ` ${m.date}` : ''}
                  {m.topic ? ` · ${m.topic}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Most proposals" count={d.people.totalCount}>
          <ol class="ranked">
            {d.people.edges.map(({ node: p }) => (
              <li key={p.id}>
                <Link href={hrefOf({ page: 'person', id: p.id })}>{p.name}</Link>
                <span class="count">{p.proposals.totalCount}</span>
              </li>
            ))}
          </ol>
        </Section>
        <Section title="Key phrases" count={d.themes.totalCount}>
          <ThemeChips
            themes={d.themes.edges.map((e) => e.node)}
            counts={new Map(d.themes.edges.map((e) => [e.node.id, e.node.proposalCount]))}
          />
        </Section>
      </div>
      <Section title="Policy areas">
        <div class="areas">
          {d.policyAreas.map((g) => (
            <div key={g.name} class="area-group">
              <h3>{g.name}</h3>
              <ThemeChips
                themes={g.areas.map((a) => a.theme)}
                counts={new Map(g.areas.map((a) => [a.theme.id, a.count]))}
              />
            </div>
          ))}
        </div>
      </Section>
    </div>
  );
}
