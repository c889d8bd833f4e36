/** Moving between the explorer's URLs without reloading the page (routes: route.ts). */

const NAVIGATE = 'kg:navigate';

/** Goes to a URL of the explorer without reloading; the app re-renders from the location. */
export function navigate(href: string, o: { replace?: boolean } = {}): void {
  if (o.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Calls back on every change of location: links, the back and forward buttons. */
export function onLocationChange(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE, callback);
  };
}
