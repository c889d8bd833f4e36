import type { ComponentChildren } from 'preact';

/** A titled block of a page, with a count when it lists things. */
export function Section(props: {
  title: string;
  count?: number;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <section class="panel" id={props.id} aria-label={props.title}>
      <h2>
        {props.title}
        {props.count !== undefined ? <span class="count">{props.count}</span> : null}
      </h2>
      {props.children}
    </section>
  );
}
