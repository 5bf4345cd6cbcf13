import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentMeta, RawArticle } from '../core/types.js';
import { languagePack } from '../lang/index.js';
import { findBoilerplate } from './boilerplate.js';
import { detectLanguage } from './language.js';
import { normaliseDate, readMetadata } from './metadata.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedsSkip = existsSync(SEEDS) ? false : `seed articles not found at ${SEEDS}`;

/** Metadata of `text` as the pipeline reads it: language, boilerplate, then metadata. */
function metaOf(text: string, given: Partial<DocumentMeta> = {}, language = detectLanguage(text)): DocumentMeta {
  const raw: RawArticle = { name: 'test.txt', origin: 'test.txt', format: 'text', text, meta: given };
  const lang = languagePack(language);
  return readMetadata(raw, findBoilerplate(text, lang), language, lang);
}

describe('readMetadata on the seed articles', { skip: seedsSkip }, () => {
  const expected: [string, string | null][] = [
    ['000', '2022-07'], ['001', null], ['002', null], ['003', '2022-11'], ['004', '2022-10-23'],
  ];

  for (const [prefix, published] of expected) {
    it(`${prefix}: French, published ${published}, titled by its headline`, () => {
      const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix))!;
      const text = readFileSync(SEEDS + file, 'utf8');
      const meta = metaOf(text);
      assert.equal(meta.language, 'fr');
      assert.equal(meta.published, published);
      assert.ok(meta.title && meta.title.split(/\s+/).length >= 6, `title: ${meta.title}`);
      assert.ok(!meta.title.startsWith('date '), 'no date marker in the title');
      assert.ok(text.includes(meta.title));
    });
  }

  it('004: byline author and the "Source :" line', () => {
    const file = readdirSync(SEEDS).find((name) => name.startsWith('004'))!;
    const meta = metaOf(readFileSync(SEEDS + file, 'utf8'));
    assert.equal(meta.byline, 'Elena Shcherban');
    assert.equal(meta.source, 'Bloomberg');
  });
});

describe('readMetadata: title', () => {
  it('prefers the title the container gave', () => {
    assert.equal(metaOf('First line\n\nBody text here.', { title: '  Given title ' }, 'en').title, 'Given title');
  });

  it('takes the first kept line, without the date marker or the logo above it', () => {
    assert.equal(metaOf(' date 2021-04 Harbour reopens\n\nBody.', {}, 'en').title, 'Harbour reopens');
    assert.equal(metaOf('date 2021-04\nHarbour reopens\n\nBody.', {}, 'en').title, 'Harbour reopens');
    assert.equal(metaOf('Logo Daily Tide\n\nHarbour reopens\n\nBody.', {}, 'en').title, 'Harbour reopens');
  });

  it('is null for a text with no kept line', () => {
    assert.equal(metaOf('Share this article\nBack to top', {}, 'en').title, null);
  });
});

describe('readMetadata: publication date', () => {
  it('normalises the container\'s timestamp to the date as written, without a time zone shift', () => {
    assert.equal(metaOf('Title\n\nBody.', { published: '2022-10-23T23:30:00-05:00' }, 'en').published, '2022-10-23');
    assert.equal(metaOf('Title\n\nBody.', { published: '2022-10' }, 'en').published, '2022-10');
    assert.equal(metaOf('Title\n\nBody.', { published: 'October 23, 2022' }, 'en').published, '2022-10-23');
  });

  it('falls back to the text when the container\'s date is unreadable', () => {
    assert.equal(metaOf(' date 2021-04 Title\n\nBody.', { published: 'soon' }, 'en').published, '2021-04');
  });

  it('reads the date in a byline, at the precision written', () => {
    const fr = 'Le port rouvre au printemps\nPar Jeanne Morel | 23 octobre 2022\n\nLe port a annoncé sa réouverture.';
    assert.equal(metaOf(fr, {}, 'fr').published, '2022-10-23');
    assert.equal(metaOf(fr, {}, 'fr').byline, 'Jeanne Morel');
    const en = 'Port reopens in spring\nBy Jane Doe, October 23, 2022\n\nThe port announced it would reopen.';
    assert.equal(metaOf(en, {}, 'en').published, '2022-10-23');
    assert.equal(metaOf(en, {}, 'en').byline, 'Jane Doe');
  });

  it('reads a date line under the headline', () => {
    assert.equal(metaOf('Port reopens in spring\nMarch 15, 2024\n\nThe port announced it would reopen.', {}, 'en').published,
      '2024-03-15');
  });

  it('reads a date line that gives the place first ("Washington, D.C., September 12, 2024")', () => {
    assert.equal(metaOf('Department Press Briefing\n\nWashington, D.C., September 12, 2024\n\nMR SMITH: Good afternoon.', {}, 'en').published,
      '2024-09-12');
  });

  it('reads a date line with an article before the date and an agency after it ("Lyon, le 4 mars 2024 (AFP)")', () => {
    assert.equal(metaOf('Le port rouvre\n\nLyon, le 4 mars 2024 (AFP)\n\nLe port a annoncé sa réouverture.', {}, 'fr').published, '2024-03-04');
    assert.equal(metaOf('Port reopens\n\nLyon, March 4, 2024 (Wire) -\n\nThe port reopened.', {}, 'en').published, '2024-03-04');
  });

  it('reads an English numeric date that could be either way round to the year only', () => {
    assert.equal(metaOf('Statement by the Spokesperson\n\nBrussels, 10/09/2024\n\nThe Union is concerned.', {}, 'en').published, '2024');
    assert.equal(metaOf('Statement by the Spokesperson\n\nBrussels, 10/23/2024\n\nThe Union is concerned.', {}, 'en').published, '2024-10-23');
    assert.equal(metaOf('Déclaration du porte-parole\n\nBruxelles, 10/09/2024\n\nL’Union est préoccupée.', {}, 'fr').published, '2024-09-10');
  });

  it('reads a date line that says it is the publication date ("Publié le", "Updated:")', () => {
    assert.equal(metaOf('Le port rouvre au printemps\nLe Journal avec AFP\nPublié le 6 février 2024\n\nLe port a annoncé sa réouverture.', {}, 'fr').published,
      '2024-02-06');
    assert.equal(metaOf('Port reopens in spring\nUpdated: March 15, 2024\n\nThe port announced it would reopen.', {}, 'en').published,
      '2024-03-15');
  });

  it('reads a date line that names the kind of piece ("Entretien publié le", "Interview published on")', () => {
    assert.equal(metaOf('« Le port rouvre »\n\nEntretien publié le 5 février 2024\n\nLe directeur du port répond à nos questions.', {}, 'fr').published,
      '2024-02-05');
    assert.equal(metaOf('Port reopens\n\nInterview published on March 15, 2024\n\nThe port director answers our questions.', {}, 'en').published,
      '2024-03-15');
  });

  it('reads a date line that names the outlet first ("Le Journal, publié le ...")', () => {
    const text = 'Le port rouvre au printemps\nLe Journal, publié le 20 octobre 2022\n\nLe port a annoncé sa réouverture.';
    assert.equal(metaOf(text, {}, 'fr').published, '2022-10-20');
    const credited = 'Le port rouvre au printemps\n\nLe Journal avec AFP. Publié le 25/09/2022 à 11h04\n\nLe port a annoncé sa réouverture.';
    assert.equal(metaOf(credited, {}, 'fr').published, '2022-09-25');
    const dashed = 'Le port rouvre au printemps\n\nlejournal avec AFP - Publié le 11/09/2024 07:40\n\nLe port a annoncé sa réouverture.';
    assert.equal(metaOf(dashed, {}, 'fr').published, '2024-09-11');
  });

  it('reads a date line that gives the time of day first ("Updated at 14.05 GMT, 16 December 2024")', () => {
    assert.equal(metaOf('Port reopens\n\nUpdated at 14.05 GMT, 16 December 2024\n\nThe port announced it would reopen.', {}, 'en').published, '2024-12-16');
    assert.equal(metaOf('Port reopens\n\n10:30 a.m. ET, March 3, 2024\n\nThe port announced it would reopen.', {}, 'en').published, '2024-03-03');
  });

  it('reads the first of the dates a line gives ("Publié le ..., modifié le ...")', () => {
    const text = 'Le port rouvre au printemps\nPublié le 2 décembre 2024 à 06h00, modifié le 3 décembre 2024 à 09h15\n\nLe port a annoncé sa réouverture.';
    assert.equal(metaOf(text, {}, 'fr').published, '2024-12-02');
    assert.equal(metaOf('Port reopens\nPublished 4 March 2024 | Updated 5 March 2024\n\nThe port announced it would reopen.', {}, 'en').published,
      '2024-03-04');
  });

  it('takes no publication date from a relative one ("Updated 2 hours ago"), which counts from when the page was saved', () => {
    const text = 'Port reopens: live\nUpdated 2 hours ago\nPublished 18 October 2022\n\nThe port announced it would reopen.';
    assert.equal(metaOf(text, {}, 'en').published, '2022-10-18');
    assert.equal(metaOf('Port reopens\nUpdated 2 hours ago\n\nThe port announced it would reopen.', {}, 'en').published, null);
  });

  it('does not guess the year of a byline date written without one', () => {
    const text = 'Le port rouvre\nPar Jeanne Morel | 23 octobre\n\nLe port a annoncé sa réouverture.';
    assert.equal(metaOf(text, {}, 'fr').published, null);
  });

  it('never takes a date from the body or from a photo caption', () => {
    const caption = [
      'Le port rouvre au printemps',
      'top-article-image',
      'Le directeur lors d\'une conférence de presse au port le 28 novembre 2022 à Brest.',
      'Photo : Paul Kerjean',
      '',
      'Le port a annoncé le 2 décembre 2022 la réouverture de sa ligne de ferry au printemps prochain.',
    ].join('\n');
    assert.equal(metaOf(caption, {}, 'fr').published, null);
  });

  it('reads the dateline opening a wire story, and only one with a year', () => {
    assert.equal(metaOf('Le port rouvre\n\nBREST, 2 décembre 2022 – Le port a annoncé sa réouverture.', {}, 'fr').published, '2022-12-02');
    assert.equal(metaOf('Port reopens\n\nBREST, Dec. 2, 2022 (Reuters) - The port said it would reopen.', {}, 'en').published, '2022-12-02');
    assert.equal(metaOf('Port reopens\n\nBREST, Dec. 2 (Reuters) - The port said it would reopen.', {}, 'en').published, null);
    // Two places for two reporters' bureaus.
    assert.equal(metaOf('Port reopens\n\nBREST/LONDON, Dec. 2, 2022 (Reuters) - The port said it would reopen.', {}, 'en').published, '2022-12-02');
    assert.equal(metaOf('Port reopens\n\nIn Brest, 2 December 2022 - a day to remember - the port reopened.', {}, 'en').published, null);
  });

  it('reads a date written alone after the dateline on its line, not one inside the story', () => {
    assert.equal(metaOf('Port reopens\n\nBREST, France (AP) — December 2, 2022\n\nThe port said it would reopen.', {}, 'en').published, '2022-12-02');
    assert.equal(metaOf('Port reopens\n\nBREST, France (AP) — The port said on December 2, 2022 that it would reopen, after a month of strikes.', {}, 'en').published, null);
  });

  it('reads a capitalised place before the agency\'s name ("Brest, 2 décembre 2022 (AFP) -"), but not without the agency', () => {
    assert.equal(metaOf('Le port rouvre\n\nBrest, 2 décembre 2022 (AFP) - Le port a annoncé sa réouverture.', {}, 'fr').published, '2022-12-02');
    assert.equal(metaOf('Le port rouvre\n\nÀ Brest, le 2 décembre 2022 - jour de fête - le port a rouvert.', {}, 'fr').published, null);
  });

  it('reads a date in parentheses closing the title, as official sites date their statements, but not a year alone', () => {
    assert.equal(metaOf('Bélarus – Livraison de drones (3 avril 2024)\n\nDéclaration du ministère.', {}, 'fr').published, '2024-04-03');
    assert.equal(metaOf('Belarus: delivery of drones (April 3, 2024)\n\nStatement by the ministry.', {}, 'en').published, '2024-04-03');
    assert.equal(metaOf('Belarus: the drone programme (2024)\n\nStatement by the ministry.', {}, 'en').published, null);
  });
});

describe('readMetadata: url, source, byline', () => {
  it('uses the container\'s fields first', () => {
    const meta = metaOf('Title\nBy Jane Doe\n\nBody.', { url: 'https://x.example/a', source: 'Tide', byline: 'By Sam Roe' }, 'en');
    assert.equal(meta.url, 'https://x.example/a');
    assert.equal(meta.source, 'Tide');
    assert.equal(meta.byline, 'Sam Roe');
  });

  it('is null where nothing says', () => {
    const meta = metaOf('Title\n\nBody.', {}, 'en');
    assert.deepEqual([meta.url, meta.source, meta.byline, meta.published], [null, null, null, null]);
  });
});

describe('normaliseDate', () => {
  const parser = languagePack('en').boilerplate.bylineDates;
  it('keeps the precision given and rejects impossible parts', () => {
    assert.equal(normaliseDate('2022', parser), '2022');
    assert.equal(normaliseDate('2022-07-05 10:00', parser), '2022-07-05');
    assert.equal(normaliseDate('2022-13', parser), null);
    assert.equal(normaliseDate('not a date', parser), null);
  });
});
