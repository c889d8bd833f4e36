import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../graphql';
import { TYPE_ONE, TYPE_ORDER } from '../labels';
import { SEARCH } from '../queries';
import { navigate } from '../navigation';
import { hrefOf, nodeHref } from '../route';
import type { SearchHit } from '../types';
import { Highlighted } from './Highlighted';

const SUGGESTIONS = 8;
/** Typing pauses this long before a suggestion request: one per word, not per keystroke. */
const DEBOUNCE_MS = 120;

export type SearchType = 'PERSON' | 'ORGANISATION' | 'MEETING' | 'THEME' | 'PROPOSAL';

/**
 * A search field with typeahead, in the ARIA combobox pattern: arrows move through the
 * suggestions, Enter opens the chosen one (or the full results when none is chosen), Escape
 * closes them. `onPick` replaces opening a page (the path finder picks people with it).
 */
export function SearchBox(props: {
  initial?: string;
  label: string;
  types?: SearchType[];
  onPick?: (hit: SearchHit['node'], label: string) => void;
  id: string;
  autofocus?: boolean;
}) {
  const [text, setText] = useState(props.initial ?? '');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => setText(props.initial ?? ''), [props.initial]);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setHits([]);
      return undefined;
    }
    const timer = setTimeout(() => {
      abort.current?.abort();
      const mine = new AbortController();
      abort.current = mine;
      request<{ search: SearchHit[] }>(
        SEARCH,
        { q, first: SUGGESTIONS, types: props.types ?? null },
        mine.signal,
      ).then(
        (d) => {
          // Grouped by type as the results page is, best first within each (sort is stable).
          const rank = (h: SearchHit) => TYPE_ORDER.indexOf(h.node.__typename);
          setHits(d.search.filter((h) => rank(h) >= 0).sort((x, y) => rank(x) - rank(y)));
          setActive(-1);
        },
        () => setHits([]),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const listId = `${props.id}-suggestions`;
  const shown = open && hits.length > 0;

  function pick(hit: SearchHit) {
    setOpen(false);
    const label = 'name' in hit.node ? hit.node.name : hit.highlight.replace(/<\/?em>/g, '');
    if (props.onPick) {
      props.onPick(hit.node, label);
      setText(label);
      return;
    }
    const href = nodeHref(hit.node.__typename, hit.node.id);
    if (href) navigate(href);
  }

  function submit() {
    const chosen = hits[active];
    if (shown && chosen) pick(chosen);
    else if (!props.onPick && text.trim()) {
      setOpen(false);
      navigate(hrefOf({ page: 'search', q: text.trim() }));
    } else if (props.onPick && hits[0]) pick(hits[0]);
  }

  return (
    <form
      class="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label for={props.id} class="visually-hidden">
        {props.label}
      </label>
      <input
        id={props.id}
        type="search"
        placeholder={props.label}
        value={text}
        autoComplete="off"
        autofocus={props.autofocus}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length) {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (i + 1) % hits.length);
          } else if (e.key === 'ArrowUp' && hits.length) {
            e.preventDefault();
            setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
          } else if (e.key === 'Escape') {
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <button type="submit">Search</button>
      <ul id={listId} role="listbox" class="suggestions" hidden={!shown} aria-label="suggestions">
        {hits.map((h, i) => (
          <li
            key={h.node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(h);
            }}
          >
            <span class="hit-type">{TYPE_ONE[h.node.__typename] ?? h.node.__typename}</span>
            <span class="hit-text">
              <Highlighted html={h.highlight} />
            </span>
          </li>
        ))}
      </ul>
    </form>
  );
}
