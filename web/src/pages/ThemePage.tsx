import { TimelineChart } from '../charts/TimelineChart';
import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { NodeActions } from '../components/NodeActions';
import { Section } from '../components/Section';
import { Empty, Failure, Loading } from '../components/States';
import { ThemeChips } from '../components/ThemeChips';
import { THEME } from '../queries';
import { hrefOf } from '../route';
import { nodeOf, type ThemeData } from '../types';
import { useQuery } from '../useQuery';
import { useTitle } from '../useTitle';

/** A theme: who advocated it, across which meetings, and how it ran over time. */
export function ThemePage(props: { id: string }) {
  const { state, retry } = useQuery<ThemeData>(THEME, { id: props.id });
  const t = state.status === 'done' ? nodeOf(state.data.node, 'Theme') : null;
  useTitle(t?.name ?? null);
  if (state.status === 'loading') return <Loading what="theme" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  if (!t) return <Empty>No such theme. The link may be from an older graph.</Empty>;
  const first = t.firstRaised[0];
  return (
    <article class="node-page" data-ready="theme">
      <header class="node-header">
        <p class="kind">
          {t.kind === 'AREA' ? `Policy area${t.parent ? ` · ${t.parent}` : ''}` : 'Key phrase'}
        </p>
        <h1 lang="zh">{t.name}</h1>
        {t.forms.length > 1 ? <p class="aliases">written {t.forms.join('、')}</p> : null}
        <p class="facts-line">
          {t.proposalCount} proposals
          {first ? (
            <>
              {' · first raised by '}
              {first.speaker ? (
                <Link href={hrefOf({ page: 'person', id: first.speaker.id })}>
                  {first.speaker.name}
                </Link>
              ) : (
                (first.speakerName ?? 'unattributed')
              )}
              {first.date ? ` on ${first.date}` : ''}
            </>
          ) : null}
        </p>
        <NodeActions id={t.id} />
      </header>
      <Section title="Timeline">
        {t.proposalCount ? (
          <TimelineChart byMonth={t.byMonth} byYear={t.byYear} />
        ) : (
          <Empty>No proposals yet.</Empty>
        )}
      </Section>
      <div class="columns">
        <div class="main-column">
          <Section title="Proposals" count={t.proposals.totalCount}>
            <ol class="proposals">
              {t.proposals.edges.map(({ node: p }) => (
                <li key={p.id} class="proposal">
                  <p lang="zh">
                    <Link href={hrefOf({ page: 'proposal', id: p.id })}>{p.text}</Link>
                  </p>
                  <div class="meta">
                    {p.speaker ? (
                      <Link href={hrefOf({ page: 'person', id: p.speaker.id })}>
                        {p.speaker.name}
                      </Link>
                    ) : (
                      (p.speakerName ?? '')
                    )}
                    {p.meeting ? (
                      <>
                        {' · '}
                        <Link href={hrefOf({ page: 'meeting', id: p.meeting.id })}>
                          {p.meeting.name}
                        </Link>
                      </>
                    ) : null}
                    {p.date ? <span class="muted"> {p.date}</span> : null}
                  </div>
                  <details>
                    <summary>evidence</summary>
                    <EvidenceQuote evidence={p.evidence} />
                  </details>
                </li>
              ))}
            </ol>
          </Section>
        </div>
        <div class="side-column">
          <Section title="Advocates" count={t.advocates.length}>
            <ol class="ranked">
              {t.advocates.map((a) => (
                <li key={a.person.id}>
                  <Link href={hrefOf({ page: 'person', id: a.person.id })}>{a.person.name}</Link>
                  <span class="count">{a.count}</span>
                </li>
              ))}
            </ol>
          </Section>
          <Section title="Across meetings" count={t.byMeeting.length}>
            <ul class="facts">
              {t.byMeeting.map((m) => (
                <li key={m.meeting.id}>
                  <Link href={hrefOf({ page: 'meeting', id: m.meeting.id })}>{m.meeting.name}</Link>
                  {m.meeting.date ? <span class="muted"> {m.meeting.date}</span> : null}
                  <span class="count">{m.count}</span>
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Raised together with">
            <ThemeChips
              themes={t.related.map((r) => r.theme)}
              counts={new Map(t.related.map((r) => [r.theme.id, r.count]))}
            />
          </Section>
        </div>
      </div>
    </article>
  );
}
