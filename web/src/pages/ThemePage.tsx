import { TimelineChart } from '../charts/TimelineChart';
import { Link } from '../components/Link';
import { ProposalItem } from '../components/ProposalItem';
import { NodeActions } from '../components/NodeActions';
import { Section } from '../components/Section';
import { Empty } from '../components/States';
import { ThemeChips } from '../components/ThemeChips';
import { THEME } from '../queries';
import { hrefOf } from '../route';
import type { ThemeData } from '../types';
import { useNodePage } from '../useNodePage';
import { useTitle } from '../useTitle';

/** A theme: who advocated it, across which meetings, and how it ran over time. */
export function ThemePage(props: { id: string }) {
  const { node: t, placeholder } = useNodePage<ThemeData, 'Theme'>(
    THEME,
    props.id,
    'Theme',
    'theme',
  );
  useTitle(t?.name ?? null);
  if (!t) return placeholder;
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
                <ProposalItem key={p.id} proposal={p} evidence="folded" />
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
