import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { Warnings } from '../components/Warnings';
import { ProposalItem } from '../components/ProposalItem';
import { NodeActions } from '../components/NodeActions';
import { Section } from '../components/Section';
import { Empty } from '../components/States';
import { MEETING } from '../queries';
import { hrefOf } from '../route';
import { turnsOf } from '../turns';
import type { MeetingData } from '../types';
import { useNodePage } from '../useNodePage';
import { useTitle } from '../useTitle';

type Meeting = Extract<NonNullable<MeetingData['node']>, { __typename: 'Meeting' }>;

function Speakers(props: { meeting: Meeting }) {
  const turns = turnsOf(props.meeting.proposals.edges.map((e) => e.node));
  if (turns.length === 0) return <Empty>No proposal was read from this meeting's reports.</Empty>;
  return (
    <ol class="turns">
      {turns.map((t) => (
        <li key={t.key} class="turn">
          <h3 lang="zh">
            {t.speaker ? (
              <Link href={hrefOf({ page: 'person', id: t.speaker.id })}>{t.name}</Link>
            ) : (
              t.name
            )}
            <span class="count">{t.proposals.length}</span>
          </h3>
          <ul class="proposals">
            {t.proposals.map((p) => (
              <ProposalItem
                key={p.id}
                proposal={{
                  id: p.id,
                  text: p.text,
                  kind: p.kind,
                  themes: p.themes,
                  evidence: p.evidence,
                }}
                evidence="folded"
              />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Reports(props: { meeting: Meeting }) {
  return (
    <ul class="facts">
      {props.meeting.documents.map((d) => (
        <li key={d.id}>
          <Link href={hrefOf({ page: 'report', id: d.id, start: null, end: null })}>
            {d.source}
          </Link>
          {d.published ? <span class="muted"> {d.published}</span> : null}
          {d.announcedSpeakers !== null ? (
            <span
              class={`tag${d.foundSpeakers !== null && d.foundSpeakers < d.announcedSpeakers ? ' tag-warn' : ''}`}
            >
              {d.foundSpeakers ?? '?'} of {d.announcedSpeakers} announced speakers found
            </span>
          ) : null}
          <Warnings warnings={d.warnings} />
        </li>
      ))}
    </ul>
  );
}

/** A meeting: when and where, who chaired, speakers in order with their proposals, its reports. */
export function MeetingPage(props: { id: string }) {
  const { node: m, placeholder } = useNodePage<MeetingData, 'Meeting'>(
    MEETING,
    props.id,
    'Meeting',
    'meeting',
  );
  useTitle(m?.name ?? null);
  if (!m) return placeholder;
  const remote = m.attendees.filter((a) => a.remote || a.venue);
  return (
    <article class="node-page" data-ready="meeting">
      <header class="node-header">
        <p class="kind">Meeting · {m.kind}</p>
        <h1 lang="zh">{m.name}</h1>
        <p class="facts-line">
          {[m.date, m.location, m.topic ? `topic: ${m.topic}` : null].filter(Boolean).join(' · ')}
        </p>
        <NodeActions id={m.id} />
        <Link href={hrefOf({ page: 'matrix', meeting: m.id, kind: 'PHRASE' })} class="button">
          Who advocated what here
        </Link>
      </header>
      <div class="columns">
        <div class="main-column">
          <Section title="Speakers, in order" count={m.proposals.totalCount}>
            <Speakers meeting={m} />
          </Section>
        </div>
        <div class="side-column">
          <Section title="Chaired by">
            {m.chairs.length ? (
              <ul class="facts">
                {m.chairs.map((c) => (
                  <li key={c.person.id}>
                    <Link href={hrefOf({ page: 'person', id: c.person.id })}>{c.person.name}</Link>
                    <details>
                      <summary>evidence</summary>
                      <EvidenceQuote evidence={c.evidence} />
                    </details>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>The reports name no chair.</Empty>
            )}
          </Section>
          {m.convenors.length ? (
            <Section title="Convened by">
              <ul class="facts">
                {m.convenors.map((c) => (
                  <li key={c.organisation.id}>
                    <Link href={hrefOf({ page: 'organisation', id: c.organisation.id })}>
                      {c.organisation.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section title="Venues" count={m.venues.length}>
            {m.venues.length ? (
              <ul class="facts">
                {m.venues.map((v) => (
                  <li key={v}>
                    {v}
                    <span class="muted">
                      {' '}
                      {remote
                        .filter((a) => a.venue === v)
                        .map((a) => a.person.name)
                        .join('、')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>No 分会场 named.</Empty>
            )}
          </Section>
          <Section title="Attendees" count={m.attendees.length}>
            <ul class="inline-list">
              {m.attendees.map((a) => (
                <li key={a.person.id}>
                  <Link href={hrefOf({ page: 'person', id: a.person.id })}>{a.person.name}</Link>
                  {a.remote ? <span class="tag">remote</span> : null}
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Reports" count={m.documents.length}>
            <Reports meeting={m} />
          </Section>
        </div>
      </div>
    </article>
  );
}
