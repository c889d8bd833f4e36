/** What reading a report warned of (a legacy encoding, HTML, fewer speakers than announced …). */
export function Warnings(props: { warnings: string[] }) {
  if (!props.warnings.length) return null;
  return (
    <ul class="warnings" aria-label="warnings">
      {props.warnings.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </ul>
  );
}
