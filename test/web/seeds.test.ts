/**
 * The web app in Chromium on the real sample articles, ingested through the library: what a user
 * sees after `claimtrail ingest seeds/ && claimtrail serve`. Skipped when the samples are absent.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openLedger, type Ledger } from '../../src/store/index.js';
import { ingest } from '../../src/store/ingest.js';
import { ARTIFACTS, browserUnavailable, newPage, openSession, type Session } from './support.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const DRONES = 'supply:iran>russia:drones';
const skip = !existsSync(SEEDS) ? `sample articles not found at ${SEEDS}` : browserUnavailable();

describe('web app on the sample articles', { skip: skip ?? false }, () => {
  let ledger: Ledger;
  let session: Session;
  let page: Page;
  let problems: string[];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ledger = openLedger(join(mkdtempSync(join(tmpdir(), 'claimtrail-seeds-')), 'ledger.db'));
    const files = readdirSync(SEEDS).map((name) => join(SEEDS, name));
    const report = await ingest(files, { ledger });
    assert.equal(report.counts.failed, 0, 'every sample article is ingested');
    session = await openSession(ledger);
    ({ page, problems } = await newPage(session));
  });
  after(async () => {
    await session?.close();
    ledger?.close();
  });

  const noProblems = () => assert.deepEqual(problems, [], 'no dialog, page error, console error or outside request');

  test('the propositions view lists Iran → Russia: drones', async () => {
    await page.goto(session.server.url);
    const drones = page.locator(`[data-proposition="${DRONES}"] .proposition-label`);
    await drones.waitFor();
    assert.equal(await drones.textContent(), 'Iran → Russia: drones (supply)');
    await page.screenshot({ path: new URL('seeds-propositions.png', ARTIFACTS).pathname, fullPage: true });
    noProblems();
  });

  test('its timeline shows the United States and Iran lanes and the July 2022 walk-back', async () => {
    await page.goto(`${session.server.url}#/propositions/${encodeURIComponent(DRONES)}`);
    await page.locator('.mark').first().waitFor();
    const lanes = await page.locator('[data-lane]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-lane')));
    assert.ok(lanes.includes('United States') && lanes.includes('Iran'), `lanes: ${lanes.join(', ')}`);
    await page.screenshot({ path: new URL('seeds-timeline.png', ARTIFACTS).pathname, fullPage: true });
    const walkBacks = await page.locator('[data-shift-item="walk-back"]').allTextContents();
    assert.ok(walkBacks.some((text) => /United States walked back.*2022-07/.test(text)), `walk-backs: ${walkBacks.join(' | ') || 'none'}`);
    assert.ok(await page.locator('[data-shift="walk-back"] path').count() >= 1, 'the walk-back is drawn');
    noProblems();
  });

  test('clicking a claim shows its evidence highlighted in the source sentence', async () => {
    await page.goto(`${session.server.url}#/propositions/${encodeURIComponent(DRONES)}`);
    await page.locator('.mark').first().click();
    const evidence = page.locator('.claim-card .evidence-span');
    await evidence.waitFor();
    const highlighted = await evidence.textContent() ?? '';
    assert.ok(highlighted.length > 10);
    assert.ok((await page.locator('.claim-card .evidence').textContent())?.includes(highlighted));
    noProblems();
  });

  test('a search for "Teheran" finds claims', async () => {
    await page.goto(session.server.url);
    await page.getByRole('searchbox').fill('Teheran');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.hit').first().waitFor();
    const marked = await page.locator('.hit mark').allTextContents();
    assert.ok(marked.some((word) => word.startsWith('Téhéran')), `marked words: ${marked.join(', ')}`);
    noProblems();
  });
});
