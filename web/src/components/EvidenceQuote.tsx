import { hrefOf } from '../route';
import type { Evidence } from '../types';
import { Link } from './Link';

/** The characters of context the queries ask for either side (queries.ts, `context(chars: 80)`). */
export const CONTEXT_CHARS = 80;

/**
 * The sentence a fact was read from, in its place in the report: the surrounding text dimmed,
 * the evidence itself marked, by the offsets the API gives (not by searching for the quote).
 */
export function EvidenceQuote(props: { evidence: Evidence; label?: string }) {
  const e = props.evidence;
  const from = Math.max(0, e.start - CONTEXT_CHARS);
  const a = e.start - from;
  const b = Math.min(e.context.length, e.end - from);
  const marked = b > a ? e.context.slice(a, b) : e.quote;
  return (
    <figure class="evidence">
      <blockquote lang="zh">
        {from > 0 ? '…' : ''}
        <span class="context">{b > a ? e.context.slice(0, a) : ''}</span>
        <mark class="quote">{marked}</mark>
        <span class="context">{b > a ? e.context.slice(b) : ''}</span>…
      </blockquote>
      <figcaption>
        {props.label ? `${props.label} · ` : ''}
        <Link href={hrefOf({ page: 'report', id: e.document.id, start: e.start, end: e.end })}>
          {e.document.source}
        </Link>
        {e.document.published ? ` · ${e.document.published}` : ''}
      </figcaption>
    </figure>
  );
}
