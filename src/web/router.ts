/** Hash routing (`#/propositions/<id>`): works from any static server and needs no server fallback. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'propositions' }
  | { view: 'proposition'; id: string; claim: string | null }
  | { view: 'claim'; id: string }
  | { view: 'documents' }
  | { view: 'document'; id: string; claim: string | null }
  | { view: 'ingest' }
  | { view: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const [path, queryString = ''] = hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(queryString);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id] = parts;
  if (!section || section === 'propositions') {
    return id ? { view: 'proposition', id, claim: query.get('claim') } : { view: 'propositions' };
  }
  if (section === 'claims' && id) return { view: 'claim', id };
  if (section === 'documents') return id ? { view: 'document', id, claim: query.get('claim') } : { view: 'documents' };
  if (section === 'ingest') return { view: 'ingest' };
  return { view: 'not-found', path };
}

export const href = {
  propositions: () => '#/propositions',
  proposition: (id: string, claim?: string) =>
    `#/propositions/${encodeURIComponent(id)}${claim ? `?claim=${encodeURIComponent(claim)}` : ''}`,
  claim: (id: string) => `#/claims/${encodeURIComponent(id)}`,
  documents: () => '#/documents',
  document: (id: string, claim?: string) =>
    `#/documents/${encodeURIComponent(id)}${claim ? `?claim=${encodeURIComponent(claim)}` : ''}`,
  ingest: () => '#/ingest',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
