import { KIND_LABEL } from '../labels';
import { hrefOf } from '../route';
import type { Evidence, ProposalKind, Ref, ThemeRef } from '../types';
import { EvidenceQuote } from './EvidenceQuote';
import { Link } from './Link';
import { ThemeChips } from './ThemeChips';

export interface ProposalSummary {
  id: string;
  text: string;
  evidence: Evidence;
  kind?: ProposalKind | null;
  date?: string | null;
  themes?: ThemeRef[];
  speaker?: Ref | null;
  speakerName?: string | null;
  meeting?: Ref | null;
}

/**
 * One proposal in a list: its words (a link to its page), whose words they are when not a
 * member's, who and where when the list is not already of one person or meeting, its themes,
 * and its evidence, shown or folded.
 */
export function ProposalItem(props: { proposal: ProposalSummary; evidence: 'shown' | 'folded' }) {
  const p = props.proposal;
  const who = p.speaker ? (
    <Link href={hrefOf({ page: 'person', id: p.speaker.id })}>{p.speaker.name}</Link>
  ) : (
    p.speakerName
  );
  const meta = [
    p.speaker !== undefined || p.speakerName !== undefined ? who : null,
    p.meeting ? (
      <Link href={hrefOf({ page: 'meeting', id: p.meeting.id })}>{p.meeting.name}</Link>
    ) : null,
    p.date ? <span class="muted">{p.date}</span> : null,
  ].filter((x) => x !== null && x !== undefined);
  return (
    <li class="proposal">
      <p lang="zh">
        {p.kind && p.kind !== 'MEMBER_PROPOSAL' ? (
          <span class="tag">{KIND_LABEL[p.kind]}</span>
        ) : null}
        <Link href={hrefOf({ page: 'proposal', id: p.id })}>{p.text}</Link>
      </p>
      {meta.length ? (
        <div class="meta">
          {meta.map((m, i) => (
            <span key={i}>
              {i ? ' · ' : ''}
              {m}
            </span>
          ))}
        </div>
      ) : null}
      {p.themes ? <ThemeChips themes={p.themes} /> : null}
      {props.evidence === 'shown' ? (
        <EvidenceQuote evidence={p.evidence} label="evidence" />
      ) : (
        <details>
          <summary>evidence</summary>
          <EvidenceQuote evidence={p.evidence} />
        </details>
      )}
    </li>
  );
}
