import type { ComponentChildren } from 'preact';
import { navigate } from '../navigation';

/**
 * A real link (open in a new tab, copy its address) that navigates inside the page on a plain
 * click, so the explorer does not reload.
 */
export function Link(props: {
  href: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      title={props.title}
      onClick={(e) => {
        if (
          e.defaultPrevented ||
          e.button !== 0 ||
          e.metaKey ||
          e.ctrlKey ||
          e.shiftKey ||
          e.altKey
        )
          return;
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}
