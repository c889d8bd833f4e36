import { Link } from './components/Link';
import { SearchBox } from './components/SearchBox';
import { Empty } from './components/States';
import { GraphPage } from './pages/GraphPage';
import { HomePage } from './pages/HomePage';
import { MatrixPage } from './pages/MatrixPage';
import { MeetingPage } from './pages/MeetingPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { PathPage } from './pages/PathPage';
import { PersonPage } from './pages/PersonPage';
import { ProposalPage } from './pages/ProposalPage';
import { ReportPage } from './pages/ReportPage';
import { SearchPage } from './pages/SearchPage';
import { ThemePage } from './pages/ThemePage';
import { hrefOf, type Route } from './route';
import { useRoute } from './useRoute';

function Page(props: { route: Route }) {
  const r = props.route;
  switch (r.page) {
    case 'home':
      return <HomePage />;
    case 'search':
      return <SearchPage q={r.q} />;
    case 'person':
      return <PersonPage id={r.id} />;
    case 'organisation':
      return <OrganisationPage id={r.id} />;
    case 'meeting':
      return <MeetingPage id={r.id} />;
    case 'theme':
      return <ThemePage id={r.id} />;
    case 'proposal':
      return <ProposalPage id={r.id} />;
    case 'report':
      return <ReportPage id={r.id} start={r.start} end={r.end} />;
    case 'graph':
      return <GraphPage id={r.id} depth={r.depth} hidden={r.hidden} />;
    case 'path':
      return <PathPage from={r.from} to={r.to} />;
    case 'matrix':
      return <MatrixPage meeting={r.meeting} kind={r.kind} />;
    case 'missing':
      return (
        <Empty>
          Nothing lives at <code>{r.path}</code>. <Link href="/">Start from the overview.</Link>
        </Empty>
      );
  }
}

/** The frame of every page: the search field, the views, and the page the URL names. */
export function App() {
  const route = useRoute();
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="top-bar">
        <Link href="/" class="brand">
          协商 <span>Consultation graph</span>
        </Link>
        <SearchBox
          id="search"
          label="Search people, organisations, meetings, themes, proposals"
          initial={route.page === 'search' ? route.q : ''}
          autofocus={route.page === 'home'}
        />
        <nav class="views" aria-label="views">
          <Link href={hrefOf({ page: 'matrix', meeting: null, kind: 'PHRASE' })}>
            Who advocated what
          </Link>
          <Link href={hrefOf({ page: 'path', from: null, to: null })}>Path finder</Link>
          <a href="/graphql">GraphQL</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
