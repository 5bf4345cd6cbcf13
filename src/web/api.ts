/** Typed calls to the claimtrail JSON API (same origin). */
import type {
  ClaimDetail, DocumentDetail, DocumentSummary, IngestResponse, PropositionDetail, PropositionSummary, SearchHit,
} from '../server/api-types.js';

export class ApiRequestError extends Error {}

async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const url = query.size > 0 ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null) as { error?: string } | null;
  if (!response.ok) throw new ApiRequestError(body?.error ?? `${response.status} ${response.statusText}`);
  return body as T;
}

export type PropositionFilters = Partial<Record<'q' | 'party' | 'item' | 'stance' | 'language' | 'from' | 'to', string>>;

export const api = {
  documents: () => getJson<DocumentSummary[]>('/api/documents'),
  document: (id: string) => getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  claim: (id: string) => getJson<ClaimDetail>(`/api/claims/${encodeURIComponent(id)}`),
  propositions: (filters: PropositionFilters) => getJson<PropositionSummary[]>('/api/propositions', filters),
  proposition: (id: string) => getJson<PropositionDetail>(`/api/propositions/${encodeURIComponent(id)}`),
  search: (q: string) => getJson<SearchHit[]>('/api/search', { q }),
};

/**
 * Uploads files for ingestion. XMLHttpRequest rather than fetch because only it reports upload
 * progress.
 */
export function uploadFiles(files: File[], onProgress: (fraction: number) => void): Promise<IngestResponse> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/ingest');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as (IngestResponse & { error?: string }) | null;
      if (request.status >= 200 && request.status < 300 && body) resolve(body);
      else reject(new ApiRequestError(body?.error ?? `upload failed (${request.status})`));
    };
    request.onerror = () => reject(new ApiRequestError('upload failed: the server could not be reached'));
    request.send(form);
  });
}
