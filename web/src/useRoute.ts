import { useEffect, useState } from 'preact/hooks';
import { onLocationChange } from './navigation';
import { parseRoute, type Route } from './route';

/** The current route, re-read on every navigation and on back/forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location));
  useEffect(
    () =>
      onLocationChange(() => {
        setRoute(parseRoute(window.location));
        window.scrollTo(0, 0);
      }),
    [],
  );
  return route;
}
