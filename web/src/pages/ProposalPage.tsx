import { EvidenceQuote } from '../components/EvidenceQuote';
import { Link } from '../components/Link';
import { NodeActions } from '../components/NodeActions';
import { Section } from '../components/Section';
import { Empty } from '../components/States';
import { ThemeChips } from '../components/ThemeChips';
import { KIND_LABEL } from '../labels';
import { PROPOSAL } from '../queries';
import { hrefOf } from '../route';
import type { ProposalData } from '../types';
import { useNodePage } from '../useNodePage';
import { useTitle } from '../useTitle';

const VIA: Record<string, string> = {
  PROPOSAL: 'its own words',
  SECTION: 'the heading of its section',
  MEETING: "the meeting's topic",
};

/** One proposal: who proposed it where, its themes and areas, and every report that carries it. */
export function ProposalPage(props: { id: string }) {
  const { node: p, placeholder } = useNodePage<ProposalData, 'Proposal'>(
    PROPOSAL,
    props.id,
    'Proposal',
    'proposal',
  );
  useTitle(p ? `${p.speakerName ?? 'Proposal'}: ${p.text.slice(0, 20)}` : null);
  if (!p) return placeholder;
  return (
    <article class="node-page" data-ready="proposal">
      <header class="node-header">
        <p class="kind">{p.kind ? KIND_LABEL[p.kind] : 'Proposal'}</p>
        <h1 lang="zh" class="proposal-title">
          {p.text}
        </h1>
        <p class="facts-line">
          {p.speaker ? (
            <Link href={hrefOf({ page: 'person', id: p.speaker.id })}>{p.speaker.name}</Link>
          ) : p.organisation ? (
            <Link href={hrefOf({ page: 'organisation', id: p.organisation.id })}>
              {p.organisation.name}
            </Link>
          ) : (
            (p.speakerName ?? 'unattributed')
          )}
          {p.meeting ? (
            <>
              {' · '}
              <Link href={hrefOf({ page: 'meeting', id: p.meeting.id })}>{p.meeting.name}</Link>
            </>
          ) : null}
          {p.date ? ` · ${p.date}` : ''}
        </p>
        <NodeActions id={p.id} />
      </header>
      <Section title="Themes">
        <ThemeChips themes={p.themes} />
        {p.areas.length ? (
          <ul class="facts">
            {p.areas.map((a) => (
              <li key={a.area.id}>
                <Link href={hrefOf({ page: 'theme', id: a.area.id })}>{a.area.name}</Link>
                <span class="muted">
                  {a.signal ? ` — signalled by “${a.signal}”` : ''}
                  {a.via ? ` in ${VIA[a.via] ?? a.via}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </Section>
      <Section title="Evidence" count={p.reports.length}>
        {p.reports.length ? (
          p.reports.map((e, i) => (
            <EvidenceQuote key={i} evidence={e} label={i === 0 ? 'first read in' : 'also in'} />
          ))
        ) : (
          <Empty>No evidence.</Empty>
        )}
      </Section>
    </article>
  );
}
