/**
 * The web app in Chromium, against a server started in-process on a ledger of hand-built
 * documents (the analysis storyline plus one article full of hostile markup).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixtureLedger, hostileDocument } from '../../src/server/test-support.js';
import type { Ledger } from '../../src/store/index.js';
import { ARTIFACTS, browserUnavailable, newPage, openSession, type Session } from './support.js';

const DRONES = 'supply:iran>russia:drones';
const unavailable = browserUnavailable();

describe('web app (hand-built ledger)', { skip: unavailable ?? false }, () => {
  let ledger: Ledger;
  let session: Session;
  let page: Page;
  let problems: string[];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ledger = fixtureLedger();
    session = await openSession(ledger);
    ({ page, problems } = await newPage(session));
  });
  after(async () => {
    await session?.close();
    ledger?.close();
  });

  const open = (hash: string) => page.goto(`${session.server.url}${hash}`);
  const noProblems = () => assert.deepEqual(problems, [], 'no dialog, page error, console error or outside request');

  test('the propositions view lists each proposition with its parties’ latest stances', async () => {
    await open('#/propositions');
    const drones = page.locator(`[data-proposition="${DRONES}"]`);
    await drones.waitFor();
    assert.equal(await drones.locator('.proposition-label').textContent(), 'Iran → Russia: drones (supply)');
    assert.match(await drones.locator('.counts').textContent() ?? '', /^11 claims · 3 parties · Jul 2022 – 15 May 2023/);
    assert.deepEqual(await drones.locator('.latest .party').allTextContents(), ['United States', 'Iran', 'Ukraine']);
    await page.screenshot({ path: new URL('propositions.png', ARTIFACTS).pathname, fullPage: true });
    noProblems();
  });

  test('filters narrow the list', async () => {
    await open('#/propositions');
    await page.locator('.proposition').first().waitFor();
    await page.getByLabel('Item', { exact: true }).selectOption('ballistic missiles');
    await page.waitForFunction(() => document.querySelectorAll('.proposition').length === 1);
    assert.deepEqual(await page.locator('.proposition-label').allTextContents(), ['Iran → Russia: ballistic missiles (supply)']);
    await page.getByLabel('Item', { exact: true }).selectOption('');
    await page.getByLabel('Stance', { exact: true }).selectOption('admits');
    await page.waitForFunction(() => document.querySelectorAll('.proposition').length === 1);
    assert.deepEqual(await page.locator('.proposition-label').allTextContents(), ['Iran → Russia: drones (supply)']);
    noProblems();
  });

  test('the timeline has one lane per party, month-only dates as ranges, and the walk-back drawn', async () => {
    await open(`#/propositions/${encodeURIComponent(DRONES)}`);
    await page.locator('.mark').first().waitFor();
    const lanes = await page.locator('[data-lane]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-lane')));
    assert.deepEqual(lanes, ['United States', 'Iran', 'Ukraine']);
    assert.equal(await page.locator('.mark').count(), 11);
    // Iran's July 2022 denial is known only to the month: drawn as a bar across July.
    const iranDenial = (await page.locator('.mark[data-stance="denies"]').first().boundingBox())!;
    const [x, y] = [iranDenial.x + iranDenial.width / 2, iranDenial.y + iranDenial.height / 2];
    const julyBars = await page.locator('.mark-range[data-period="2022-07"]').evaluateAll((bars) =>
      bars.map((bar) => bar.getBoundingClientRect().toJSON() as DOMRect));
    assert.ok(julyBars.some((bar) => bar.width > 30 && x > bar.left && x < bar.right && y > bar.top && y < bar.bottom),
      'the July denial sits on a bar across July');
    assert.ok(await page.locator('[data-shift="walk-back"] path').count() >= 1, 'the walk-back is drawn');
    assert.equal(await page.locator('[data-shift-band="walk-back"]').count(), 1);
    assert.match(await page.locator('[data-shift-item="walk-back"]').textContent() ?? '',
      /United States walked back: asserts → no_evidence · 2022-07-26/);
    await page.screenshot({ path: new URL('timeline.png', ARTIFACTS).pathname, fullPage: true });
    noProblems();
  });

  test('zoom (buttons and wheel) and drag pan move the marks', async () => {
    await open(`#/propositions/${encodeURIComponent(DRONES)}`);
    const mark = page.locator('.mark').last();
    await page.locator('.claims tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Fit' }).click();
    const x = async () => (await mark.boundingBox())!.x;
    const start = await x();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await x();
    assert.notEqual(zoomed, start);
    await page.getByRole('button', { name: 'Fit' }).click();
    assert.equal(await x(), start);

    const svg = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((before) => {
      const marks = document.querySelectorAll('.mark');
      return marks[marks.length - 1].getBoundingClientRect().x !== before;
    }, start);

    await page.getByRole('button', { name: 'Fit' }).click();
    await page.mouse.move(svg.x + 300, svg.y + svg.height - 5);
    await page.mouse.down();
    await page.mouse.move(svg.x + 250, svg.y + svg.height - 5, { steps: 5 });
    await page.mouse.up();
    assert.ok(Math.abs((await x()) - (start - 50)) < 2, 'dragging 50px left moves the marks 50px left');
    noProblems();
  });

  test('clicking a mark opens the claim card with the evidence highlighted in its sentence', async () => {
    await open(`#/propositions/${encodeURIComponent(DRONES)}`);
    const kirby = page.locator('.mark[data-stance="no_evidence"]');
    await kirby.click();
    const card = page.locator('.claim-card');
    await card.locator('.evidence').waitFor();
    assert.equal(await card.locator('.speaker').textContent(), 'John Kirby');
    assert.equal(await card.locator('.evidence-span').textContent(), 'nous n’avons vu aucune indication de livraison de drones');
    assert.match(await card.locator('.facts').textContent() ?? '', /Said on26 Jul 2022/);
    assert.match(page.url(), /\?claim=/, 'the selection is in the address');
    noProblems();
  });

  test('a search for "Teheran" finds the claims that say "Téhéran"', async () => {
    await open('#/propositions');
    await page.getByRole('searchbox').fill('Teheran');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.locator('.hit').first();
    await hit.waitFor();
    assert.equal(await hit.locator('mark').first().textContent(), 'Téhéran');
    await hit.locator('.hit-text').click();
    await page.locator('.claim-card .evidence-span').waitFor();
    assert.equal(await page.locator('.claim-card .evidence-span').textContent(), 'Téhéran a rejeté ces affirmations');
    noProblems();
  });

  test('hostile markup in an article is shown as text and runs nothing', async () => {
    const doc = hostileDocument();
    await open(`#/documents/${doc.id}`);
    const reader = page.locator('.reader');
    await reader.waitFor();
    assert.equal(await reader.textContent(), doc.text, 'the reader shows the text exactly');
    assert.equal(await page.locator('main img, main script, main b, main i').count(), 0, 'no element comes from the text');
    assert.equal(await page.locator('h1').textContent(), doc.meta.title);
    assert.equal(await reader.locator('.boilerplate').textContent(), 'Lire aussi : un autre article');
    assert.equal(await reader.locator('.date-mention').textContent(), 'le 3 mars 2023');
    assert.equal(await page.locator('a', { hasText: 'source' }).getAttribute('href'), null, 'a javascript: URL is no link');

    await reader.locator('.claim').first().click();
    const card = page.locator('.claim-card');
    await card.locator('.evidence-span').waitFor();
    assert.equal(await card.locator('.speaker').textContent(), 'Ministre <b>Test</b>');
    assert.equal(await card.locator('.evidence-span').textContent(), doc.claims[0].text);
    assert.equal(await page.locator('main img, main script, main b, main i').count(), 0);

    // The same claim on the timeline and in search results.
    await open(`#/propositions/${encodeURIComponent(DRONES)}`);
    await page.locator('.claims tbody tr').first().waitFor();
    assert.equal(await page.locator('main img, main script').count(), 0);
    await open('#/propositions');
    await page.getByRole('searchbox').fill('onerror');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.hit').first().waitFor();
    assert.equal(await page.locator('main img, main script').count(), 0);
    await page.waitForTimeout(200);
    noProblems();
  });

  test('an uploaded file is ingested and appears in the documents list', async () => {
    await open('#/ingest');
    await page.locator('input[type=file]').setInputFiles({
      name: 'upload-test.txt', mimeType: 'text/plain',
      buffer: Buffer.from('Le porte-parole a déclaré lundi que l’Iran avait livré des drones à la Russie.\n'),
    });
    await page.getByRole('button', { name: 'Ingest 1 file' }).click();
    const result = page.locator('.ingest-result[data-file="upload-test.txt"]');
    await result.waitFor();
    assert.match(await result.locator('.status').textContent() ?? '', /added/);
    await page.getByRole('link', { name: 'See all documents' }).click();
    await page.locator('table.documents').waitFor();
    assert.ok((await page.locator('table.documents').textContent())?.includes('upload-test.txt'));
    noProblems();
  });

  test('works in a narrow window: no sideways scrolling, the card slides over the bottom', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await open('#/propositions');
      await page.locator('.proposition').first().waitFor();
      // Layout follows the resize asynchronously (the chart measures its box with a ResizeObserver).
      const noOverflow = () => page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5000 });
      await noOverflow();
      await page.screenshot({ path: new URL('propositions-narrow.png', ARTIFACTS).pathname, fullPage: true });
      await open(`#/propositions/${encodeURIComponent(DRONES)}`);
      await page.locator('.mark').first().waitFor();
      await noOverflow();
      await page.locator('.claims tbody tr button').first().click();
      await page.locator('.claim-card .evidence').waitFor();
      const card = (await page.locator('.panel').boundingBox())!;
      assert.ok(card.y + card.height <= 800 + 1 && card.y > 200, `the card is over the bottom of the screen (${JSON.stringify(card)})`);
      await page.screenshot({ path: new URL('timeline-narrow.png', ARTIFACTS).pathname });
      noProblems();
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});

