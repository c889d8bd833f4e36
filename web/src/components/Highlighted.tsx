/**
 * The API marks search matches with <em>…</em> in otherwise escaped text. The marks become
 * elements and everything else stays text: nothing from the server is parsed as HTML.
 */
export function Highlighted(props: { html: string }) {
  const parts = props.html.split(/(<em>.*?<\/em>)/g).filter(Boolean);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('<em>') ? <mark key={i}>{unescape(p.slice(4, -5))}</mark> : unescape(p),
      )}
    </>
  );
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

function unescape(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e);
}
