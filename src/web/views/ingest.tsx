/** Ingest: drop or choose article files (text, HTML, JSON Lines), upload them, see each file's outcome. */
import { useState } from 'preact/hooks';
import type { UploadResult } from '../../server/api-types.js';
import { uploadFiles } from '../api.js';
import { href } from '../router.js';
import { plural } from './common.js';

type Upload =
  | { status: 'idle' }
  | { status: 'uploading'; progress: number }
  | { status: 'done'; results: UploadResult[] }
  | { status: 'error'; message: string };

const ACCEPT = '.txt,.text,.md,.html,.htm,.jsonl,.ndjson,.json';

export function IngestView() {
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });

  const addFiles = (list: FileList | null) => {
    if (list && list.length > 0) setFiles((current) => [...current, ...Array.from(list)]);
  };
  const start = async () => {
    setUpload({ status: 'uploading', progress: 0 });
    try {
      const response = await uploadFiles(files, (progress) => setUpload({ status: 'uploading', progress }));
      setUpload({ status: 'done', results: response.files });
      setFiles([]);
    } catch (error) {
      setUpload({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="view ingest-view">
      <div class="view-header">
        <h1>Ingest articles</h1>
        <p class="muted">Plain text, HTML or JSON Lines (one article per line). Files are analysed on this computer and stored in the ledger.</p>
      </div>
      <label
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => { event.preventDefault(); setDragging(false); addFiles(event.dataTransfer?.files ?? null); }}
      >
        <input type="file" multiple accept={ACCEPT} onChange={(event) => { addFiles(event.currentTarget.files); event.currentTarget.value = ''; }} />
        <strong>Drop files here</strong> or <span class="link">choose files</span>
      </label>
      {files.length > 0 && (
        <div class="pending">
          <ul>
            {files.map((file, index) => <li key={index}>{file.name} <span class="muted">({formatSize(file.size)})</span></li>)}
          </ul>
          <button type="button" class="primary" onClick={start} disabled={upload.status === 'uploading'}>
            Ingest {plural(files.length, 'file')}
          </button>
          <button type="button" class="link" onClick={() => setFiles([])} disabled={upload.status === 'uploading'}>Clear</button>
        </div>
      )}
      {upload.status === 'uploading' && (
        <div class="progress" role="status">
          <progress max={1} value={upload.progress} />
          <span>{upload.progress < 1 ? `Uploading… ${Math.round(upload.progress * 100)}%` : 'Analysing…'}</span>
        </div>
      )}
      {upload.status === 'error' && <p class="error" role="alert">{upload.message}</p>}
      {upload.status === 'done' && <Results results={upload.results} />}
    </section>
  );
}

function Results({ results }: { results: UploadResult[] }) {
  return (
    <section class="ingest-results" aria-label="Ingest results">
      <h2>Results</h2>
      <ul>
        {results.map((result, index) => (
          <li key={index} class={`ingest-result status-${result.status}`} data-file={result.file}>
            <span class="status">{result.status}</span> <strong>{result.file}</strong>
            {result.documents.length > 0 && (
              <ul>
                {result.documents.map((doc) => (
                  <li key={doc.id}>
                    <a href={href.document(doc.id)}>{doc.name}</a>
                    <span class="muted"> · {plural(doc.claims, 'claim')} · {doc.status}</span>
                  </li>
                ))}
              </ul>
            )}
            {result.errors.length > 0 && <ul class="errors">{result.errors.map((error, n) => <li key={n}>{error}</li>)}</ul>}
          </li>
        ))}
      </ul>
      <p><a href={href.documents()}>See all documents</a></p>
    </section>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
