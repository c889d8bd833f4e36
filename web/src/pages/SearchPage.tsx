import { useEffect } from 'preact/hooks';
import { Highlighted } from '../components/Highlighted';
import { Link } from '../components/Link';
import { Empty, Failure, Loading } from '../components/States';
import { TYPE_LABEL, TYPE_ORDER } from '../labels';
import { SEARCH } from '../queries';
import { nodeHref } from '../route';
import type { SearchHit } from '../types';
import { useQuery } from '../useQuery';
import { useTitle } from '../useTitle';

const RESULTS = 60;

function detail(n: SearchHit['node']): string | null {
  switch (n.__typename) {
    case 'Person':
      return n.posts.map((p) => p.title).join('、') || null;
    case 'Meeting':
      return n.date;
    case 'Proposal':
      return [n.speakerName, n.date].filter(Boolean).join(' · ') || null;
    case 'Theme':
      return `${n.kind === 'AREA' ? 'policy area' : 'key phrase'} · ${n.proposalCount} proposals`;
    default:
      return null;
  }
}

/** Full results for `/?q=…`, grouped by type, best first within each group. */
export function SearchPage(props: { q: string }) {
  useTitle(`${props.q} — search`);
  const { state, retry } = useQuery<{ search: SearchHit[] }>(SEARCH, {
    q: props.q,
    first: RESULTS,
  });
  // When the results are on screen: what `npm run bench:page` reads as the first meaningful paint.
  useEffect(() => {
    if (state.status === 'done') requestAnimationFrame(() => performance.mark('kg:results'));
  }, [state.status]);
  if (state.status === 'loading') return <Loading what="results" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  const hits = state.data.search;
  if (hits.length === 0)
    return (
      <Empty>
        Nothing matches <q>{props.q}</q>. Names match in either script (张永胜 finds 張永勝); try
        part of a name or a shorter phrase.
      </Empty>
    );
  const groups = TYPE_ORDER.map((t) => ({
    type: t,
    hits: hits.filter((h) => h.node.__typename === t),
  })).filter((g) => g.hits.length > 0);
  return (
    <div class="search-results" data-ready="search">
      <h1>
        Results for <q>{props.q}</q>
      </h1>
      <nav class="group-index" aria-label="result groups">
        {groups.map((g) => (
          <a key={g.type} href={`#group-${g.type}`}>
            {TYPE_LABEL[g.type]} <span class="count">{g.hits.length}</span>
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.type} id={`group-${g.type}`} class="panel" aria-label={TYPE_LABEL[g.type]}>
          <h2>
            {TYPE_LABEL[g.type]} <span class="count">{g.hits.length}</span>
          </h2>
          <ul class="hits">
            {g.hits.map((h) => {
              const href = nodeHref(h.node.__typename, h.node.id);
              const more = detail(h.node);
              return (
                <li key={h.node.id} class={`hit hit-${h.node.__typename.toLowerCase()}`}>
                  {href ? (
                    <Link href={href} class="hit-title">
                      <Highlighted html={h.highlight} />
                    </Link>
                  ) : (
                    <Highlighted html={h.highlight} />
                  )}
                  {more ? <span class="hit-detail">{more}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
