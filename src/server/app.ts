/**
 * The HTTP app: the JSON API under /api/ and the built web app for everything else.
 * All data access goes through a `ServerData` (see data.ts), so the app itself holds no state.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import type { ApiError, IngestResponse } from './api-types.js';
import { loadAssets } from './assets.js';
import type { ServerData, UploadedFile } from './data.js';
import {
  claimId, claimsQuery, describeIssues, documentId, emptyQuery, propositionId, propositionsQuery, searchQuery,
  shiftsQuery,
} from './params.js';

export interface AppOptions {
  data: ServerData;
  /** Folder of the built web app (dist/web); the API works without it. */
  webRoot: string | null;
  /** Largest accepted upload (all files of one request together), in bytes. */
  maxUploadBytes?: number;
  maxUploadFiles?: number;
  /**
   * Host names the server answers to (no port). Set for a loopback server so that a web page on
   * another site cannot reach it through DNS rebinding.
   */
  allowedHosts?: readonly string[];
}

const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_UPLOAD_FILES = 200;

/** Thrown by `parse` and turned into a 400 response by the error handler. */
class BadRequest extends Error {}

export function createApp(options: AppOptions): Hono {
  const { data } = options;
  const app = new Hono();
  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], fontSrc: ["'self'"], baseUri: ["'none'"], formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // Plain HTTP on a local port: HSTS would only confuse other local servers on the same host name.
    strictTransportSecurity: false,
  }));
  if (options.allowedHosts) app.use(hostCheck(options.allowedHosts));

  app.onError((error, c) => {
    if (error instanceof BadRequest) return c.json<ApiError>({ error: error.message }, 400);
    if (error instanceof HTTPException) {
      return c.json<ApiError>({ error: error.message || `request refused (${error.status})` }, error.status);
    }
    console.error(`claimtrail serve: ${error instanceof Error ? error.message : String(error)}`);
    return c.json<ApiError>({ error: 'internal error (see the server log)' }, 500);
  });

  app.get('/api/documents', (c) => {
    parse(emptyQuery, c.req.query());
    return c.json(data.documents());
  });
  app.get('/api/documents/:id', (c) => {
    parse(emptyQuery, c.req.query());
    const id = parse(documentId, c.req.param('id'), 'id');
    return found(c, data.document(id), `no document ${id}`);
  });
  app.get('/api/claims', (c) => c.json(data.claims(parse(claimsQuery, c.req.query()))));
  app.get('/api/claims/:id', (c) => {
    parse(emptyQuery, c.req.query());
    const id = parse(claimId, c.req.param('id'), 'id');
    return found(c, data.claim(id), `no claim ${id}`);
  });
  app.get('/api/propositions', (c) => c.json(data.propositions(parse(propositionsQuery, c.req.query()))));
  app.get('/api/propositions/:id', (c) => {
    parse(emptyQuery, c.req.query());
    const id = parse(propositionId, c.req.param('id'), 'id');
    return found(c, data.proposition(id), `no proposition ${id}`);
  });
  app.get('/api/shifts', (c) => c.json(data.shifts(parse(shiftsQuery, c.req.query()))));
  app.get('/api/search', (c) => c.json(data.search(parse(searchQuery, c.req.query()).q)));

  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  app.post('/api/ingest',
    csrf(),
    bodyLimit({
      maxSize: maxUploadBytes,
      onError: (c) => c.json<ApiError>({ error: `upload too large (limit ${formatBytes(maxUploadBytes)})` }, 413),
    }),
    async (c) => {
      const files = await readUploads(c, options.maxUploadFiles ?? DEFAULT_MAX_UPLOAD_FILES);
      return c.json<IngestResponse>({ files: await ingestUploads(data, files) });
    });

  app.all('/api/*', (c) => c.json<ApiError>({ error: `no API endpoint ${c.req.method} ${c.req.path}` }, 404));

  const assets = loadAssets(options.webRoot ?? '');
  app.get('*', (c) => {
    const asset = assets.get(c.req.path);
    if (asset) return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
    if (c.req.path === '/' && assets.size === 0) {
      return c.text('The web app is not built: run `npm run build` (the API is available under /api/).', 503);
    }
    return c.text('Not found', 404);
  });
  return app;
}

/** Parses `input` with `schema` or throws a BadRequest naming the parameter (`label` for a path parameter). */
function parse<T extends z.ZodType>(schema: T, input: unknown, label?: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = describeIssues(result.error);
  throw new BadRequest(label ? `${label}: ${detail}` : detail);
}

function found<T>(c: Context, value: T | null, missing: string): Response {
  return value === null ? c.json<ApiError>({ error: missing }, 404) : c.json(value as object);
}

function hostCheck(allowedHosts: readonly string[]) {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return async (c: Context, next: () => Promise<void>) => {
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    if (!allowed.has(host)) return c.json<ApiError>({ error: `unexpected Host header "${host}"` }, 403);
    await next();
  };
}

async function readUploads(c: Context, maxFiles: number): Promise<File[]> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new BadRequest('send the files as multipart/form-data in a field named "files"');
  }
  const body = await c.req.parseBody({ all: true });
  const files = [body.files].flat().filter((value): value is File => value instanceof File);
  if (files.length === 0) throw new BadRequest('no files: send them in a multipart field named "files"');
  if (files.length > maxFiles) throw new BadRequest(`too many files (${files.length}; at most ${maxFiles} per upload)`);
  return files;
}

/** Writes each upload into its own folder of a fresh temp dir (names stay as sent), ingests, cleans up. */
async function ingestUploads(data: ServerData, files: File[]): Promise<IngestResponse['files']> {
  const folder = await mkdtemp(join(tmpdir(), 'claimtrail-upload-'));
  try {
    const uploads: UploadedFile[] = [];
    for (const [index, file] of files.entries()) {
      const name = safeFileName(file.name);
      const path = join(folder, String(index), name);
      await mkdir(join(folder, String(index)));
      await writeFile(path, new Uint8Array(await file.arrayBuffer()));
      uploads.push({ name, path });
    }
    return await data.ingest(uploads);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The last path component of a browser-sent name, with control and separator characters removed. */
export function safeFileName(sent: string): string {
  const base = sent.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'upload.txt' : cleaned.slice(0, 200);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
