/**
 * The README's example queries ("## Three queries", indented blocks), each with the comment
 * above it as its title. The IDE opens one tab per example; the HTTP tests run the same list,
 * so an example that stops working fails a test.
 */
export interface Example {
  title: string;
  query: string;
}

export function readmeExamples(readme: string): Example[] {
  const section = readme.split('## Three queries')[1]?.split('\n## ')[0] ?? '';
  const examples: Example[] = [];
  let title = '';
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) examples.push({ title, query: current.join('\n') });
    current = [];
  };
  for (const line of section.split('\n')) {
    const code = line.startsWith('    ') ? line.slice(4) : null;
    if (code === null) {
      flush();
      if (line.trim().endsWith(':')) title = line.trim().slice(0, -1);
    } else if (code.startsWith('#')) {
      flush();
      title = code.slice(1).trim();
    } else if (code.trim() === '' || code.startsWith('curl')) flush();
    else if (code.trim().startsWith("-d '")) {
      flush();
      const body = JSON.parse(code.trim().slice(4, -1)) as { query: string };
      examples.push({ title, query: body.query });
    } else current.push(code);
  }
  flush();
  return examples;
}
