/**
 * Browser test support: the web app built into a temp folder, a server started in-process on a
 * given ledger, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Ledger } from '../../src/store/index.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { buildWeb } from '../../scripts/build-web.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = new URL('../../artifacts/', import.meta.url);

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Why browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install chromium)`;
}

let built: Promise<string> | null = null;

/** Builds the web app once per test process, into a temp folder (dist/ is left alone). */
export function builtWebApp(): Promise<string> {
  built ??= buildWeb({ outDir: mkdtempSync(join(tmpdir(), 'claimtrail-web-')) });
  return built;
}

export interface Session {
  browser: BrowserContext;
  server: RunningServer;
  close(): Promise<void>;
}

export async function openSession(ledger: Ledger): Promise<Session> {
  const webRoot = await builtWebApp();
  const server = await startServer({ ledger, host: '127.0.0.1', port: 0, webRoot });
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'claimtrail-chromium-')), {
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 },
  });
  return {
    browser, server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A page that fails the test on any dialog (alert from injected markup), page error, or request
 * to another origin (the app must work offline).
 */
export async function newPage(session: Session, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const origin = new URL(session.server.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the app: ${url}`);
    return route.abort();
  });
  return { page, problems };
}
