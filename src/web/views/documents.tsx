/** The documents in the ledger, newest publication last, each opening the reader. */
import { api } from '../api.js';
import { formatPartialDate } from '../dates.js';
import { href } from '../router.js';
import { useAsync } from '../use-async.js';
import { Empty, Loaded } from './common.js';

export function DocumentsView() {
  const state = useAsync(() => api.documents(), []);
  return (
    <section class="view documents-view">
      <div class="view-header">
        <h1>Documents</h1>
        <p class="muted">Every article in the ledger. <a href={href.ingest()}>Add more</a>.</p>
      </div>
      <Loaded state={state}>
        {(documents) => documents.length === 0 ? <Empty>No documents yet.</Empty> : (
          <div class="table-scroll">
            <table class="documents">
              <thead><tr><th>Title</th><th>File</th><th>Published</th><th>Language</th><th class="number">Claims</th></tr></thead>
              <tbody>
                {documents.map((doc) => (
                  <tr key={doc.id} data-document={doc.id}>
                    <td><a href={href.document(doc.id)}>{doc.title ?? doc.name}</a></td>
                    <td class="muted">{doc.name}</td>
                    <td class="nowrap">{formatPartialDate(doc.published)}</td>
                    <td>{doc.language}</td>
                    <td class="number">{doc.claims}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}
