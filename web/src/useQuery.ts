import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure, request } from './graphql';

export type QueryState<T> =
  { status: 'loading' } | { status: 'failed'; error: ApiFailure } | { status: 'done'; data: T };

/**
 * Runs a query when its variables change and aborts the one before, so a slow answer to an
 * old search never replaces a newer one. `retry` runs it again (after a database outage).
 */
export function useQuery<T>(
  query: string,
  variables: Record<string, unknown>,
  o: { skip?: boolean } = {},
): { state: QueryState<T>; retry: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (o.skip) return undefined;
    const abort = new AbortController();
    setState({ status: 'loading' });
    request<T>(query, JSON.parse(key) as Record<string, unknown>, abort.signal).then(
      (data) => setState({ status: 'done', data }),
      (e: unknown) => {
        if (abort.signal.aborted) return;
        setState({
          status: 'failed',
          error: e instanceof ApiFailure ? e : new ApiFailure('server', String(e)),
        });
      },
    );
    return () => abort.abort();
  }, [query, key, attempt, o.skip]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
