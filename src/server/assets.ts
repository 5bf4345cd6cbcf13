/**
 * The built web app, read once at start-up into memory. Requests are answered only by exact lookup
 * of a URL path among the files that were found, so no request can reach a file outside the folder
 * ("..", encoded slashes, absolute paths simply match nothing).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export interface Asset {
  body: Uint8Array;
  type: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps URL paths (`/app.js`, `/` for index.html) to the files under `root`; empty when `root` is missing. */
export function loadAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!isDirectory(root)) return assets;
  for (const file of listFiles(root)) {
    const urlPath = '/' + relative(root, file).split(sep).join('/');
    const asset = { body: readFileSync(file), type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
    assets.set(urlPath, asset);
    if (urlPath === '/index.html') assets.set('/', asset);
  }
  return assets;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
