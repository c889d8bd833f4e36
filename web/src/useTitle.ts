import { useEffect } from 'preact/hooks';

/** The tab's title says which page this is (and the history menu lists it so). */
export function useTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Consultation graph` : 'Consultation graph';
  }, [title]);
}
