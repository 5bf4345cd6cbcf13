import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../analyse/index.js';
import { fixtureClaim, fixtureDoc, storyline } from '../analyse/test-support.js';
import { claimsToCsv } from './csv.js';
import { reportToHtml } from './html.js';
import { reportToJson } from './json.js';
import { reportToMarkdown } from './markdown.js';

const SCRIPT = '<script>alert("x")</script>';
const IMAGE = '<img src=x onerror=alert(1)>';

/** A storyline plus a claim whose text, speaker and source title carry markup. */
function hostileReport() {
  const doc = fixtureDoc('hostile.html', '2022-07-20', 'en', `Title ${IMAGE}`);
  const hostile = fixtureClaim({
    doc, speaker: `Agent ${SCRIPT}`, affiliation: 'Iran', stance: 'denies', said: '2022-07-20',
    text: `we deny ${SCRIPT} and ${IMAGE} | a pipe and a \`backtick\``,
  });
  return buildReport([...storyline(), hostile]);
}

test('HTML: self-contained, no scripts, and article markup only in escaped form', () => {
  const html = reportToHtml(hostileReport());
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<style>/);
  assert.doesNotMatch(html, /<script|<img|<link|src=["']?http/i);
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z!][\w-]*)/g)].map((match) => match[1].toLowerCase()));
  const allowed = ['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'span',
    'section', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'q'];
  assert.deepEqual([...tags].filter((tag) => !allowed.includes(tag)), []);
});

test('HTML: a dated table per proposition, shifts listed', () => {
  const html = reportToHtml(buildReport(storyline()));
  assert.ok(html.includes('<h3>Iran → Russia: drones (supply)</h3>'));
  assert.ok(html.includes('<td class="when">before 2022-07</td>'));
  assert.ok(html.includes('<span class="kind">walk-back</span>'));
  assert.ok(html.includes('<q>Iran has provided more than 400 drones to Russia</q>'));
});

test('Markdown: tables keep their columns when cells hold pipes, backticks or markup', () => {
  const markdown = reportToMarkdown(hostileReport());
  assert.doesNotMatch(markdown, /<script|<img/i);
  const row = markdown.split('\n').find((line) => line.includes('we deny'))!;
  assert.ok(row.includes('\\| a pipe and a \\`backtick\\`'));
  assert.ok(row.includes('&lt;script&gt;'));
  const unescapedPipes = row.match(/(?<!\\)\|/g) ?? [];
  assert.equal(unescapedPipes.length, 8, 'seven columns');
});

test('Markdown: shifts then a dated table per proposition', () => {
  const markdown = reportToMarkdown(buildReport(storyline()));
  assert.match(markdown, /^# Claims report\n/);
  assert.match(markdown, /- \*\*walk-back\*\* · Iran → Russia: drones \(supply\) · 2022-07-26 — United States walked back/);
  assert.match(markdown, /### Iran → Russia: drones \(supply\)\n\n`supply:iran>russia:drones`/);
  assert.match(markdown, /\| before 2022-07 \| United States \| Jake Sullivan \| ● asserts \| planned \|/);
});

/** A minimal RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += char;
  }
  return rows;
}

test('CSV: one row per claim, quoted per RFC 4180, reading back to the same text', () => {
  const doc = fixtureDoc('q.txt', '2022-07-20');
  const tricky = 'he said "no", then, after a pause,\nagain';
  const csv = claimsToCsv([fixtureClaim({ doc, speaker: 'Smith, John', affiliation: 'United States', stance: 'asserts', text: tricky })]);
  assert.ok(csv.endsWith('\r\n'));
  assert.ok(csv.includes('"he said ""no"", then, after a pause,\nagain"'));
  const [header, row] = parseCsv(csv);
  assert.equal(row.length, header.length);
  const field = (name: string) => row[header.indexOf(name)];
  assert.equal(field('text'), tricky);
  assert.equal(field('speaker'), 'Smith, John');
  assert.equal(field('proposition'), 'supply:iran>russia:drones');
  assert.equal(field('when'), '2022-07-20 (published)');
});

test('JSON: one object whose propositions and shifts point at claims by id', () => {
  const value = JSON.parse(reportToJson(buildReport(storyline())));
  assert.deepEqual(Object.keys(value), ['propositions', 'claims', 'shifts', 'actors']);
  const ids = new Set(value.claims.map((claim: { id: string }) => claim.id));
  assert.equal(ids.size, storyline().length);
  for (const record of [...value.propositions, ...value.shifts]) {
    assert.ok(record.claimIds.length > 0);
    for (const id of record.claimIds) assert.ok(ids.has(id), id);
  }
  assert.equal(value.claims[0].propositionId, 'supply:iran>russia:drones');
  assert.ok(value.shifts.some((shift: { kind: string }) => shift.kind === 'reversal'));
});
