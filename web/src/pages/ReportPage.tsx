import { useEffect, useRef } from 'preact/hooks';
import { Warnings } from '../components/Warnings';
import { REPORT } from '../queries';
import type { ReportData } from '../types';
import { useNodePage } from '../useNodePage';
import { useTitle } from '../useTitle';

/**
 * A report's whole text as it was read, with the evidence of a fact (its offsets) marked and
 * scrolled into view: the reader sees the sentence where the report has it.
 */
export function ReportPage(props: { id: string; start: number | null; end: number | null }) {
  const { node: doc, placeholder } = useNodePage<ReportData, 'Document'>(
    REPORT,
    props.id,
    'Document',
    'report',
  );
  const mark = useRef<HTMLElement>(null);
  useTitle(doc?.source ?? null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, [doc, props.start, props.end]);
  if (!doc) return placeholder;
  const { text } = doc;
  const start = props.start !== null && props.start <= text.length ? props.start : null;
  const end =
    start !== null && props.end !== null ? Math.min(text.length, Math.max(start, props.end)) : null;
  return (
    <article class="report" data-ready="report">
      <header class="node-header">
        <p class="kind">Report · {doc.script}</p>
        <h1>{doc.source}</h1>
        {doc.published ? <p class="facts-line">published {doc.published}</p> : null}
        {doc.truncated ? (
          <p class="tag tag-warn">the text stops mid-sentence: what follows was not read</p>
        ) : null}
        <Warnings warnings={doc.warnings} />
      </header>
      <div class="report-text" lang="zh">
        {start !== null && end !== null ? (
          <>
            {text.slice(0, start)}
            <mark class="quote" ref={mark} tabIndex={-1}>
              {text.slice(start, end)}
            </mark>
            {text.slice(end)}
          </>
        ) : (
          text
        )}
      </div>
    </article>
  );
}
