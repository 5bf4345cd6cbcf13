import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ExcludedRange } from '../core/types.js';
import { languagePack } from '../lang/index.js';
import { findBoilerplate, readDateMarker } from './boilerplate.js';

const fr = languagePack('fr');
const en = languagePack('en');

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedsSkip = existsSync(SEEDS) ? false : `seed articles not found at ${SEEDS}`;

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  assert.ok(file, `seed ${prefix} missing`);
  return readFileSync(SEEDS + file, 'utf8');
}

/** The kinds of the ranges that together cover [start, end) (blanks aside), or null if part of it is kept. */
function coveringKinds(source: string, ranges: ExcludedRange[], start: number, end: number): string[] | null {
  const kinds: string[] = [];
  let at = start;
  for (const range of ranges) {
    if (range.end <= at || range.start >= end) continue;
    if (source.slice(at, range.start).trim() !== '') return null;
    kinds.push(range.kind);
    at = range.end;
  }
  return source.slice(at, end).trim() === '' ? kinds : null;
}

function analyse(source: string, lang = fr): ExcludedRange[] {
  return findBoilerplate(source, lang);
}

/** The kind covering the whole line that contains `needle` (its `nth` occurrence), or null when kept. */
function lineKind(source: string, ranges: ExcludedRange[], needle: string, nth = 0): string | null {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) not in the text`);
  }
  const start = source.lastIndexOf('\n', at) + 1;
  const newline = source.indexOf('\n', at);
  const end = newline < 0 ? source.length : newline;
  const kinds = coveringKinds(source, ranges, start, end);
  return kinds ? kinds.join('+') : null;
}

function isKept(ranges: ExcludedRange[], start: number, end: number): boolean {
  return ranges.every((range) => range.end <= start || range.start >= end);
}

function assertWellFormed(source: string, ranges: ExcludedRange[]): void {
  let previousEnd = 0;
  for (const range of ranges) {
    assert.ok(range.start >= previousEnd, `range ${range.start}-${range.end} overlaps or is out of order`);
    assert.ok(range.end > range.start && range.end <= source.length);
    previousEnd = range.end;
  }
}

/** The headline (the first line of six words or more, after any date marker) and the first sentence of the first long paragraph. */
function realContent(source: string): { title: [number, number]; firstSentence: [number, number] } {
  const marker = readDateMarker(source)?.span.end ?? 0;
  const lines = source.slice(marker).split('\n');
  const headline = lines.find((line) => line.trim().split(/\s+/).length >= 6)!.trim();
  const titleStart = source.indexOf(headline, marker);
  const paragraph = /^.{200,}$/m.exec(source)!;
  const sentenceEnd = paragraph[0].search(/[.!?](\s|$)/);
  return {
    title: [titleStart, titleStart + headline.length],
    firstSentence: [paragraph.index, paragraph.index + sentenceEnd + 1],
  };
}

describe('findBoilerplate on the seed articles', { skip: seedsSkip }, () => {
  it('keeps every title line and the first sentence of every article', () => {
    for (const name of readdirSync(SEEDS)) {
      const source = readFileSync(SEEDS + name, 'utf8');
      const ranges = analyse(source);
      assertWellFormed(source, ranges);
      const { title, firstSentence } = realContent(source);
      assert.ok(isKept(ranges, ...title), `${name}: title line excluded`);
      assert.ok(isKept(ranges, ...firstSentence), `${name}: first sentence excluded`);
    }
  });

  it('000 and 003: only the leading date marker goes, not the title after it', () => {
    for (const prefix of ['000', '003']) {
      const source = seed(prefix);
      const ranges = analyse(source);
      assert.equal(ranges[0].kind, 'date-line');
      assert.match(source.slice(ranges[0].start, ranges[0].end), /^date \d{4}-\d{2}$/);
      assert.ok(/^\s*\p{Lu}/u.test(source.slice(ranges[0].end)), 'the title starts right after the marker');
    }
  });

  it('001: doubled photo captions, "lire aussi" links, the author bio and "back to top"', () => {
    const source = seed('001');
    const ranges = analyse(source);
    assert.equal(lineKind(source, ranges, 'Joe Biden et Vladimir Poutine', 0), 'caption');
    assert.equal(lineKind(source, ranges, 'Joe Biden et Vladimir Poutine', 2), 'caption');
    assert.equal(lineKind(source, ranges, 'lire aussi [', 0), 'read-also');
    assert.equal(lineKind(source, ranges, 'lire aussi [', 1), 'read-also');
    assert.equal(lineKind(source, ranges, 'Je suis rédactrice web'), 'author-bio');
    const bio = source.indexOf('Je suis rédactrice web');
    const nameLine = source.slice(0, bio).trimEnd().split('\n').at(-1)!;
    assert.equal(lineKind(source, ranges, nameLine), 'author-bio', 'the name line above the bio');
    assert.equal(lineKind(source, ranges, 'Bouton retour en haut de la page'), 'back-to-top');
  });

  it('002: logo, image placeholders, the caption, the photo credit, share and reading time', () => {
    const source = seed('002');
    const ranges = analyse(source);
    assert.equal(lineKind(source, ranges, 'Logo Epoch Times'), 'logo');
    assert.equal(lineKind(source, ranges, 'top-article-image'), 'caption');
    assert.equal(lineKind(source, ranges, 'Photo:'), 'credit');
    assert.equal(lineKind(source, ranges, 'author-image'), 'caption');
    assert.equal(lineKind(source, ranges, 'Partager un article'), 'share');
    assert.equal(lineKind(source, ranges, 'Durée de lecture'), 'reading-time');
    const captionLine = source.split('\n').find((line, i, all) => all[i + 2]?.startsWith('Photo:'))!;
    assert.equal(lineKind(source, ranges, captionLine), 'caption', 'the caption above the credit');
  });

  it('004: byline, repeated headline, source line, trailing "Approfondissez"', () => {
    const source = seed('004');
    const ranges = analyse(source);
    const headline = source.slice(0, source.indexOf('\n'));
    assert.equal(lineKind(source, ranges, headline, 0), null, 'the first headline is kept');
    assert.equal(lineKind(source, ranges, headline, 1), 'repeated-headline');
    assert.equal(lineKind(source, ranges, 'Par: '), 'byline');
    assert.equal(lineKind(source, ranges, 'Source : Bloomberg'), 'source-line');
    assert.equal(lineKind(source, ranges, 'Approfondissez'), 'read-also');
  });

  it('004: the doubled quote loses exactly one copy, and the copy with the attribution stays whole', () => {
    const source = seed('004');
    const ranges = analyse(source);
    const attribution = source.indexOf('a souligné');
    const lineStart = source.lastIndexOf('\n', attribution) + 1;
    const lineEnd = source.indexOf('\n', attribution);
    const inLine = ranges.filter((r) => r.start >= lineStart && r.end <= lineEnd);
    assert.equal(inLine.length, 1);
    assert.equal(inLine[0].kind, 'duplicate');
    assert.equal(inLine[0].start, lineStart, 'the first copy goes');
    const removed = source.slice(inLine[0].start, inLine[0].end);
    const kept = source.slice(inLine[0].end, lineEnd);
    assert.ok(!removed.includes('a souligné'));
    assert.ok(kept.includes('a souligné'));
    const opening = (s: string) => s.replace(/^\W+/, '').split(/\s+/).slice(0, 4).join(' ');
    assert.equal(opening(removed), opening(kept), 'both copies start alike');
  });
});

describe('findBoilerplate on invented French text', () => {
  const source = [
    'Le port de Brest va rouvrir sa ligne de ferry au printemps',
    '',
    'Par Jeanne Morel | 3 mars 2021, 10:15',
    'Temps de lecture : 4 min',
    'Partager sur Facebook',
    '',
    'La compagnie maritime a annoncé mardi que la ligne rouvrirait en avril, après des travaux sur son unique navire.',
    '',
    'Par ailleurs, la mairie a indiqué que le quai serait repeint',
    '',
    'À lire aussi : Le quai ouest fermé pour travaux',
    '',
    'Le directeur a précisé que les billets seraient en vente dès la semaine prochaine, sans hausse de prix.',
    '',
    'Crédit photo : Paul Kerjean',
    'Le directeur a précisé que les billets seraient en vente dès la semaine prochaine, sans hausse de prix.',
    '« Je suis confiant pour la saison », a déclaré le directeur du port à la fin de la réunion publique.',
    'Sources : AFP, Ouest-Éclair',
    'Pour aller plus loin :',
    'Jeanne Morel',
    'Je suis journaliste depuis 2010 et je couvre la mer, les ports et la pêche pour plusieurs titres régionaux.',
    'Retour en haut de la page',
  ].join('\n');
  const ranges = analyse(source);

  it('finds each kind of furniture', () => {
    assertWellFormed(source, ranges);
    assert.equal(lineKind(source, ranges, 'Par Jeanne Morel'), 'byline');
    assert.equal(lineKind(source, ranges, 'Temps de lecture'), 'reading-time');
    assert.equal(lineKind(source, ranges, 'Partager sur Facebook'), 'share');
    assert.equal(lineKind(source, ranges, 'À lire aussi'), 'read-also');
    assert.equal(lineKind(source, ranges, 'Crédit photo'), 'credit');
    assert.equal(lineKind(source, ranges, 'Sources : AFP'), 'source-line');
    assert.equal(lineKind(source, ranges, 'Pour aller plus loin'), 'read-also');
    assert.equal(lineKind(source, ranges, 'Je suis journaliste'), 'author-bio');
    assert.equal(lineKind(source, ranges, 'Jeanne Morel', 1), 'author-bio');
    assert.equal(lineKind(source, ranges, 'Retour en haut'), 'back-to-top');
  });

  it('excludes the later copy of a repeated paragraph, not the first', () => {
    assert.equal(lineKind(source, ranges, 'Le directeur a précisé', 0), null);
    assert.equal(lineKind(source, ranges, 'Le directeur a précisé', 1), 'duplicate');
  });

  it('keeps content that merely looks like furniture', () => {
    assert.equal(lineKind(source, ranges, 'Le port de Brest'), null, 'title');
    assert.equal(lineKind(source, ranges, 'Par ailleurs'), null, '"Par" starting a sentence is not a byline');
    assert.equal(lineKind(source, ranges, 'Je suis confiant'), null, 'a first-person quote is not a bio');
  });
});

describe('findBoilerplate on invented English text', () => {
  const source = [
    'Ferry operator says island route will reopen in May',
    'By Jane Doe and Tom Reed',
    'May 3, 2021',
    '5 min read',
    'Share this article',
    'Facebook | Twitter | Email',
    'Harbour cranes at dawnHarbour cranes at dawn',
    'Harbour cranes at dawn',
    '',
    'The ferry operator said on Monday that the island route would reopen in May after repairs to its only ship.',
    '',
    'By Monday, the company had already sold most tickets for the first week of crossings, a spokesman said.',
    '',
    'Read more: Island council approves new quay',
    '',
    '"We will not raise fares this year. Nobody should pay more for the crossing." We will not raise fares this year. '
      + 'Nobody should have to pay more for this crossing," the director said.',
    '',
    'Russia bought drones from Iran last year. Iran sold drones to Russia again this spring, officials said.',
    '',
    'The representative of Norway said that Iran had sent drones to Russia. The representative of Chile said that Iran had sent drones to Russia.',
    '',
    'Source: Reuters',
    'Reporting by John Roe; Editing by Mary Major',
    'Related:',
    'Jane Doe is a reporter who covers shipping and ports for the paper.',
    'Back to top',
  ].join('\n');
  const ranges = analyse(source, en);

  it('finds each kind of furniture', () => {
    assertWellFormed(source, ranges);
    assert.equal(lineKind(source, ranges, 'By Jane Doe'), 'byline');
    assert.equal(lineKind(source, ranges, 'May 3, 2021'), 'date-line');
    assert.equal(lineKind(source, ranges, '5 min read'), 'reading-time');
    assert.equal(lineKind(source, ranges, 'Share this article'), 'share');
    assert.equal(lineKind(source, ranges, 'Facebook | Twitter'), 'share');
    assert.equal(lineKind(source, ranges, 'Harbour cranes at dawn', 0), 'caption');
    assert.equal(lineKind(source, ranges, 'Harbour cranes at dawn', 2), 'caption');
    assert.equal(lineKind(source, ranges, 'Read more'), 'read-also');
    assert.equal(lineKind(source, ranges, 'Source: Reuters'), 'source-line');
    assert.equal(lineKind(source, ranges, 'Reporting by John Roe'), 'byline', 'a wire credit line');
    assert.equal(lineKind(source, ranges, 'Related:'), 'read-also');
    assert.equal(lineKind(source, ranges, 'Jane Doe is a reporter'), 'author-bio');
    assert.equal(lineKind(source, ranges, 'Back to top'), 'back-to-top');
  });

  it('keeps the title, the body and a sentence starting with "By"', () => {
    assert.equal(lineKind(source, ranges, 'Ferry operator says'), null);
    assert.equal(lineKind(source, ranges, 'The ferry operator said'), null);
    assert.equal(lineKind(source, ranges, 'By Monday'), null);
  });

  it('drops the first copy of a doubled quote and keeps the attributed one', () => {
    const attribution = source.indexOf('the director said');
    const lineStart = source.lastIndexOf('\n', attribution) + 1;
    const inLine = ranges.filter((r) => r.start >= lineStart && r.end <= attribution);
    assert.equal(inLine.length, 1);
    assert.equal(source.slice(inLine[0].start, inLine[0].end), '"We will not raise fares this year. Nobody should pay more for the crossing." ');
    assert.ok(isKept(ranges, inLine[0].end, attribution + 'the director said'.length));
  });

  it('does not call two different sentences about the same things a repeat', () => {
    const start = source.indexOf('Russia bought');
    assert.ok(isKept(ranges, start, source.indexOf('\n', start)));
  });

  it('keeps parallel sentences whose first words name different sources ("Seoul said P. Kyiv said P.")', () => {
    const text = 'Shells for Russia\n\nSeoul said North Korea had sent shells to Russia. Kyiv said North Korea had sent shells to Russia.\n';
    assert.ok(isKept(analyse(text, en), text.indexOf('Seoul'), text.indexOf(' Kyiv')));
  });

  it('keeps mirrored sentences, whose names come in another order ("Iran’s envoy said Tehran P. Russia’s envoy said Iran Q.")', () => {
    const text = 'Drones for Russia\n\nIran’s envoy said Tehran had never sent drones to Russia. Russia’s envoy said Iran had sent drones to Russia.\n';
    assert.ok(isKept(analyse(text, en), text.indexOf('Iran’s'), text.indexOf(' Russia’s')));
  });

  it('reads no sentence end after an abbreviation before a lower-case word ("Belarus’s U.N. envoy said")', () => {
    const text = 'Drones for Russia\n\nMonitors said Belarusian missiles had been used by Russia. Belarus’s U.N. envoy said the report was "biased". A Polish diplomat said the report was not biased.\n';
    assert.ok(isKept(analyse(text, en), text.indexOf('Belarus’s'), text.indexOf(' A Polish')));
  });

  it('keeps formulaic sentences that differ only by the party they name', () => {
    const start = source.indexOf('The representative of Norway');
    assert.ok(isKept(ranges, start, source.indexOf('\n', start)));
  });
});

describe('findBoilerplate in general', () => {
  it('reads CRLF text and keeps offsets into the original', () => {
    const source = 'Title of the piece\r\nPartager un article\r\n\r\nBody sentence that is kept.\r\n';
    const ranges = analyse(source);
    assert.deepEqual(ranges, [{ start: 20, end: 39, kind: 'share' }]);
    assert.equal(source.slice(20, 39), 'Partager un article');
  });

  it('tells photo credits and markup residue from short headings', () => {
    const source = 'A title for the piece\nKevin Hale/Getty Images\n© AFP\nReuters and AFP deny the report\nrelated-posts\n';
    const ranges = analyse(source, en);
    assert.equal(lineKind(source, ranges, 'Getty Images'), 'credit');
    assert.equal(lineKind(source, ranges, '© AFP'), 'credit');
    assert.equal(lineKind(source, ranges, 'Reuters and AFP deny'), null);
    assert.equal(lineKind(source, ranges, 'related-posts'), 'other');
  });

  it('sets a live blog entry’s time stamp aside, and keeps the entry: "14h32 - ", "2:15 p.m. ET — "', () => {
    const source = 'EN DIRECT - Guerre en Ukraine\n\n14h32 - Selon Kiev, des drones ont frappé Odessa.\n\n2:15 p.m. ET — Kyiv said drones hit Odesa.\n\n12 000 soldats - un chiffre contesté.\n';
    const stamps = analyse(source).filter((r) => r.kind === 'time-stamp').map((r) => source.slice(r.start, r.end));
    assert.deepEqual(stamps, ['14h32 - ', '2:15 p.m. ET — ']);
  });

  it('sets a wire story’s dateline aside, with or without a year, and only at the start', () => {
    const source = 'Port reopens\n\nBREST, Dec. 2 (Reuters) - The port said it would reopen. LONDON, its twin, agreed.\n\nPARIS, the capital - a second line.\n';
    const datelines = analyse(source, en).filter((r) => r.kind === 'dateline').map((r) => source.slice(r.start, r.end));
    assert.deepEqual(datelines, ['BREST, Dec. 2 (Reuters) - ']);
  });

  it('sets aside a dateline that is a place alone before a long dash, but not a title’s label', () => {
    const datelines = (source: string) => analyse(source, en).filter((r) => r.kind === 'dateline').map((r) => source.slice(r.start, r.end));
    assert.deepEqual(datelines('Port reopens\n\nWASHINGTON — The port said it would reopen.\n'), ['WASHINGTON — ']);
    assert.deepEqual(datelines('Port reopens\n\nBRUSSELS (AP) — The port said it would reopen.\n'), ['BRUSSELS (AP) — ']);
    assert.deepEqual(datelines('LIVE - Port reopens\n\nThe port said it would reopen.\n'), []);
  });

  it('sets aside a place and agency before a hyphen, but not a capitalised word before one', () => {
    const datelines = (source: string) => analyse(source, en).filter((r) => r.kind === 'dateline').map((r) => source.slice(r.start, r.end));
    assert.deepEqual(datelines('Port reopens\n\nJERUSALEM (Reuters) - The port said it would reopen.\n'), ['JERUSALEM (Reuters) - ']);
    assert.deepEqual(datelines('Port reopens\n\nUPDATE - The port said it would reopen.\n'), []);
    // A wire story may give the date alone: "Sept 25 (Reuters) - ".
    assert.deepEqual(datelines('Port reopens\n\nSept 25 (Reuters) - The port said it would reopen.\n'), ['Sept 25 (Reuters) - ']);
  });

  it('takes a name followed by the author\'s job for a byline: "Dan Hale Defence and security editor", « Jeanne Morel, envoyée spéciale à Kiev »', () => {
    const english = 'Port reopens\n\nDan Hale Defence and security editor\n\nThe port said it would reopen.\nThe editor of the port gazette was pleased\n';
    const ranges = analyse(english, en);
    assert.equal(lineKind(english, ranges, 'Dan Hale Defence'), 'byline');
    assert.equal(lineKind(english, ranges, 'The editor of the port'), null);
    const french = 'Le port rouvre\n\nJeanne Morel, envoyée spéciale à Kiev\n\nLe port a annoncé sa réouverture.\n';
    assert.equal(lineKind(french, analyse(french), 'Jeanne Morel'), 'byline');
  });

  it('finds nothing in a text without furniture', () => {
    assert.deepEqual(analyse('A plain title\n\nA plain paragraph with a sentence. And another one.'), []);
  });

  it('stays linear on large texts', () => {
    const paragraph = 'The council said on Monday that it had approved the new quay, and that work would start in the spring. ';
    const big = Array.from({ length: 20000 }, (_, i) => `${paragraph}Item ${i} was noted.`).join('\n\n');
    const oneLine = big.replace(/\n/g, ' ');
    for (const source of [big, oneLine]) {
      const started = performance.now();
      analyse(source, en);
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 2, `${(source.length / 1e6).toFixed(1)} MB took ${seconds.toFixed(2)} s`);
    }
  });
});
