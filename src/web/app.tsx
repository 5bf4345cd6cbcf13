/** The app shell: header with navigation, and the view the address names. */
import { ClaimCard } from './views/claim-card.js';
import { DocumentView } from './views/document.js';
import { DocumentsView } from './views/documents.js';
import { IngestView } from './views/ingest.js';
import { PropositionView } from './views/proposition.js';
import { PropositionsView } from './views/propositions.js';
import { href, useRoute, type Route } from './router.js';

const NAVIGATION: { label: string; target: string; views: Route['view'][] }[] = [
  { label: 'Propositions', target: href.propositions(), views: ['propositions', 'proposition', 'claim'] },
  { label: 'Documents', target: href.documents(), views: ['documents', 'document'] },
  { label: 'Ingest', target: href.ingest(), views: ['ingest'] },
];

export function App() {
  const route = useRoute();
  return (
    <>
      <header class="topbar">
        <a class="brand" href={href.propositions()}>claim<span>trail</span></a>
        <nav aria-label="Main">
          {NAVIGATION.map((item) => (
            <a key={item.label} href={item.target} aria-current={item.views.includes(route.view) ? 'page' : undefined}>{item.label}</a>
          ))}
        </nav>
      </header>
      <main>
        <CurrentView route={route} />
      </main>
    </>
  );
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'propositions': return <PropositionsView />;
    case 'proposition': return <PropositionView key={route.id} id={route.id} claim={route.claim} />;
    case 'claim':
      return (
        <section class="view claim-view">
          <p class="breadcrumb"><a href={href.propositions()}>← Propositions</a></p>
          <ClaimCard id={route.id} />
        </section>
      );
    case 'documents': return <DocumentsView />;
    case 'document': return <DocumentView key={route.id} id={route.id} claim={route.claim} />;
    case 'ingest': return <IngestView />;
    case 'not-found':
      return <section class="view"><h1>Not found</h1><p>Nothing at “{route.path}”. <a href={href.propositions()}>Go to the propositions</a>.</p></section>;
  }
}
