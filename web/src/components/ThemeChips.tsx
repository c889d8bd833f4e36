import { hrefOf } from '../route';
import type { ThemeRef } from '../types';
import { Link } from './Link';

/** A proposal's themes: policy areas first (filled), then its key phrases. */
export function ThemeChips(props: { themes: ThemeRef[]; counts?: Map<string, number> }) {
  const themes = [...props.themes].sort((x, y) =>
    x.kind === y.kind ? 0 : x.kind === 'AREA' ? -1 : 1,
  );
  if (themes.length === 0) return null;
  return (
    <ul class="chips" aria-label="themes">
      {themes.map((t) => (
        <li key={t.id}>
          <Link
            href={hrefOf({ page: 'theme', id: t.id })}
            class={`chip chip-${t.kind.toLowerCase()}`}
            title={t.kind === 'AREA' ? 'policy area' : 'key phrase'}
          >
            {t.name}
            {props.counts?.has(t.id) ? <span class="count">{props.counts.get(t.id)}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
