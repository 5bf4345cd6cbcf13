#!/usr/bin/env node
/**
 * Bundles the web app (src/web) into one folder the server serves as is: index.html, app.js,
 * app.css and favicon.svg. Everything is bundled (no CDN, nothing fetched at run time), and no
 * inline script or style is emitted, so the server's strict Content-Security-Policy holds.
 *
 *   node scripts/build-web.mjs [--out DIR] [--dev]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimtrail</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/app.css">
<script type="module" src="/app.js"></script>
</head>
<body>
<div id="app"><noscript>claimtrail needs JavaScript.</noscript></div>
</body>
</html>
`;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1e293b"/><path d="M6 22h20" stroke="#94a3b8" stroke-width="2"/><circle cx="10" cy="16" r="3.5" fill="#60a5fa"/><rect x="18.5" y="9.5" width="7" height="7" fill="#f87171"/></svg>
`;

export async function buildWeb({ outDir = join(root, 'dist/web'), dev = false } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [
      { in: join(root, 'src/web/main.tsx'), out: 'app' },
      { in: join(root, 'src/web/styles.css'), out: 'app' },
    ],
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await writeFile(join(outDir, 'index.html'), INDEX_HTML);
  await writeFile(join(outDir, 'favicon.svg'), FAVICON);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, dev: { type: 'boolean', default: false } } });
  try {
    const outDir = await buildWeb({ outDir: values.out ? resolve(values.out) : undefined, dev: values.dev });
    console.log(`web app built in ${outDir}`);
  } catch (error) {
    console.error(`build-web: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
