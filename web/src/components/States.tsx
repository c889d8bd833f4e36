import type { ComponentChildren } from 'preact';
import type { ApiFailure } from '../graphql';

export function Loading(props: { what?: string }) {
  return (
    <div class="state loading" role="status" aria-live="polite" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      Loading{props.what ? ` ${props.what}` : ''}…
    </div>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="state empty">{props.children}</p>;
}

const TITLES: Record<ApiFailure['kind'], string> = {
  offline: 'The server cannot be reached',
  database: 'The graph database is not answering',
  refused: 'The request was refused',
  server: 'Something went wrong on the server',
};

/** What failed and what to do, never a blank page; `retry` asks again. */
export function Failure(props: { error: ApiFailure; retry?: () => void }) {
  return (
    <div class={`state failure failure-${props.error.kind}`} role="alert">
      <strong>{TITLES[props.error.kind]}</strong>
      <p>{props.error.message}</p>
      {props.retry ? (
        <button type="button" onClick={props.retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
