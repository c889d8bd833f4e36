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
      visiblePlugin: 'Documentation Explorer',
      children: createElement(
        GraphiQL.Logo,
        null,
        createElement('a', { href: '/', className: 'ide-home' }, 'Consultation graph'),
      ),
    }),
  );
