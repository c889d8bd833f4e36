import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import readme from '../../README.md?raw';
import { readmeExamples } from './examples';
import './ide.css';

/**
 * GraphiQL, bundled (no CDN, so it works offline), against this server's /graphql: the
 * schema's documentation in its explorer, and the README's examples each in a tab, ready to run.
 */
const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
const tabs = readmeExamples(readme).map((e, i) => ({
  query: `# ${e.title}\n${named(e.query, i)}\n`,
}));

/**
 * GraphiQL titles a tab by its operation's name: the README's anonymous queries get one from
 * their first field (`{ person(…) }` → `query Person2`), so the tabs can be told apart.
 */
function named(query: string, i: number): string {
  const field = /^\s*\{\s*([A-Za-z_]\w*)/.exec(query)?.[1];
  if (!field) return query;
  return `query ${field[0]?.toUpperCase() ?? ''}${field.slice(1)}${i + 1} ${query.trimStart()}`;
}

const root = document.getElementById('graphiql');
if (root)
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: false,
      children: createElement(
        GraphiQL.Logo,
        null,
        createElement('a', { href: '/', className: 'ide-home' }, 'Consultation graph'),
      ),
    }),
  );

/**
 * The documentation opens with the page. GraphiQL 4's `visiblePlugin` prop marks the explorer
 * visible but leaves its pane hidden off screen (the pane's state is read once, before the
 * prop applies), so the sidebar's own button is pressed once it is drawn: what a click does.
 */
function openDocs(triesLeft = 50): void {
  const button = document.querySelector<HTMLButtonElement>(
    '.graphiql-sidebar button[aria-label="Show Documentation Explorer"]',
  );
  if (button) button.click();
  else if (triesLeft > 0) setTimeout(() => openDocs(triesLeft - 1), 100);
}
openDocs();
