import { Link } from '../components/Link';
import { Empty, Failure, Loading } from '../components/States';
import { MATRIX_CORPUS, MATRIX_MEETING, MEETINGS } from '../queries';
import { navigate } from '../navigation';
import { hrefOf } from '../route';
import { matrixOf, type Matrix } from '../matrix';
import type { MatrixCorpusData, MatrixMeetingData, MeetingsData, Ref, ThemeRef } from '../types';
import { useQuery } from '../useQuery';
import { useTitle } from '../useTitle';

function Table(props: { matrix: Matrix }) {
  const { people, themes, cells, max } = props.matrix;
  if (!people.length) return <Empty>No proposal here has themes of this kind.</Empty>;
  return (
    <div class="matrix-scroll" tabIndex={0} aria-label="people by themes">
      <table class="matrix" data-ready="matrix">
        <thead>
          <tr>
            <th scope="col">person</th>
            {themes.map((t) => (
              <th key={t.id} scope="col" class="theme-col">
                <Link href={hrefOf({ page: 'theme', id: t.id })}>{t.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link href={hrefOf({ page: 'person', id: p.id })}>{p.name}</Link>
              </th>
              {themes.map((t) => {
                const n = cells.get(`${p.id}|${t.id}`) ?? 0;
                return (
                  <td
                    key={t.id}
                    style={
                      n
                        ? { background: `rgba(180, 68, 47, ${0.15 + (0.75 * n) / max})` }
                        : undefined
                    }
                    title={n ? `${p.name} · ${t.name}: ${n}` : undefined}
                  >
                    {n || ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CorpusMatrix(props: { kind: ThemeRef['kind'] }) {
  const { state, retry } = useQuery<MatrixCorpusData>(MATRIX_CORPUS, {});
  if (state.status === 'loading') return <Loading what="matrix" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  const triples = state.data.people.edges.flatMap(({ node }) =>
    node.themes.map((t) => ({
      person: { id: node.id, name: node.name },
      theme: t.theme,
      count: t.count,
    })),
  );
  return <Table matrix={matrixOf(triples, props.kind)} />;
}

function MeetingMatrix(props: { id: string; kind: ThemeRef['kind'] }) {
  const { state, retry } = useQuery<MatrixMeetingData>(MATRIX_MEETING, { id: props.id });
  if (state.status === 'loading') return <Loading what="matrix" />;
  if (state.status === 'failed') return <Failure error={state.error} retry={retry} />;
  const m =
    state.data.node?.__typename === 'Meeting'
      ? (state.data.node as Extract<MatrixMeetingData['node'], { __typename: 'Meeting' }>)
      : null;
  if (!m) return <Empty>No such meeting.</Empty>;
  const triples = m.proposals.edges.flatMap(({ node }) =>
    node.speaker
      ? node.themes.map((theme) => ({ person: node.speaker as Ref, theme, count: 1 }))
      : [],
  );
  return <Table matrix={matrixOf(triples, props.kind)} />;
}

/** Who advocated what: people × themes, for one meeting or the whole corpus. */
export function MatrixPage(props: { meeting: string | null; kind: ThemeRef['kind'] }) {
  useTitle('Who advocated what');
  const meetings = useQuery<MeetingsData>(MEETINGS, {});
  const set = (o: { meeting?: string | null; kind?: ThemeRef['kind'] }) =>
    navigate(
      hrefOf({
        page: 'matrix',
        meeting: o.meeting !== undefined ? o.meeting : props.meeting,
        kind: o.kind ?? props.kind,
      }),
    );
  return (
    <div class="matrix-page">
      <h1>Who advocated what</h1>
      <form class="matrix-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          meeting{' '}
          <select
            value={props.meeting ?? ''}
            onChange={(e) => set({ meeting: e.currentTarget.value || null })}
          >
            <option value="">the whole corpus (most active 30 people)</option>
            {meetings.state.status === 'done'
              ? meetings.state.data.meetings.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.date ? `${node.date} ` : ''}
                    {node.name}
                  </option>
                ))
              : null}
          </select>
        </label>
        <div class="segmented" role="group" aria-label="themes shown">
          <button
            type="button"
            aria-pressed={props.kind === 'PHRASE'}
            onClick={() => set({ kind: 'PHRASE' })}
          >
            key phrases
          </button>
          <button
            type="button"
            aria-pressed={props.kind === 'AREA'}
            onClick={() => set({ kind: 'AREA' })}
          >
            policy areas
          </button>
        </div>
      </form>
      {props.meeting ? (
        <MeetingMatrix id={props.meeting} kind={props.kind} />
      ) : (
        <CorpusMatrix kind={props.kind} />
      )}
    </div>
  );
}
