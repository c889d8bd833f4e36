import { startApi, type RunningApi } from '../../src/api/server';
import type { Store } from '../../src/store/store';

export const API_KEY = 'test-key-0123456789abcdef';

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** How often test APIs read the graph version: short, so tests see other writers quickly. */
export const CACHE_POLL_MS = 100;

/** A running API on a free port, over the given store, as a client sees it (cache on). */
export async function testApi(store: Store): Promise<RunningApi> {
  return startApi({
    store,
    port: 0,
    host: '127.0.0.1',
    apiKey: API_KEY,
    dev: false,
    cache: { megabytes: 16, pollMs: CACHE_POLL_MS },
  });
}

/** POSTs one GraphQL request over HTTP. */
export async function gql<T = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  o: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...o.headers },
    body: JSON.stringify({ query, variables: o.variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** The data of a request that must succeed (its errors, if any, fail the test readably). */
export async function data<T = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const r = await gql<T>(api, query, { variables });
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
