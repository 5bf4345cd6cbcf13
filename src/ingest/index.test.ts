import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { languagePack } from '../lang/index.js';
import { findBoilerplate } from '../clean/boilerplate.js';
import { readMetadata } from '../clean/metadata.js';
import { readInputs, type InputResult } from './index.js';
import { firstInvalidUtf8 } from './decode.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const HTML_FIXTURE = join(FIXTURES, 'ingest-article.html');
const JSONL_FIXTURE = join(FIXTURES, 'ingest-feed.jsonl');

async function readAll(paths: string[], options?: Parameters<typeof readInputs>[1]): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}

function article(result: InputResult) {
  assert.ok(result.ok, result.ok ? '' : `${result.file}: ${result.error}`);
  return result.article;
}

function failure(result: InputResult) {
  assert.ok(!result.ok, 'expected a failed result');
  assert.ok(!result.error.includes('\n'), 'the error is one line');
  return result;
}

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimtrail-ingest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('plain text', () => {
  it('drops the BOM, keeps CRLF and names the article by its base name', async () => {
    const path = join(dir, 'bom-crlf.txt');
    await writeFile(path, '\uFEFFTitre\r\n\r\nUn paragraphe.\r\n');
    const [result] = await readAll([path]);
    const { name, origin, format, text, meta } = article(result);
    assert.deepEqual({ name, origin, format, text, meta }, {
      name: 'bom-crlf.txt', origin: path, format: 'text', text: 'Titre\r\n\r\nUn paragraphe.\r\n', meta: {},
    });
  });

  it('reads .text and .md files as they are', async () => {
    await writeFile(join(dir, 'note.md'), '# Heading\n\nText *as is*.\n');
    await writeFile(join(dir, 'note.text'), 'Plain.');
    const results = await readAll([join(dir, 'note.md'), join(dir, 'note.text')]);
    assert.deepEqual(results.map((r) => article(r).text), ['# Heading\n\nText *as is*.\n', 'Plain.']);
  });

  it('sniffs a file named with an unknown extension', async () => {
    const path = join(dir, 'story.article');
    await writeFile(path, 'Just text.');
    assert.equal(article((await readAll([path]))[0]).format, 'text');
  });
});

describe('folders', () => {
  it('walks recursively in name order, skipping hidden files and unknown extensions', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    const files: Record<string, string> = {
      'c.txt': 'C', 'a.html': '<p>A page with words.</p>', 'b-sub/z.md': 'Z', 'b-sub/deeper/y.txt': 'Y',
      'b-sub/image.png': 'not text', '.hidden.txt': 'hidden', '.git/HEAD.txt': 'git', 'notes.pdf': 'pdf',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
    const results = await readAll([root]);
    assert.deepEqual(results.map((r) => article(r).origin), [
      join(root, 'a.html'), join(root, 'b-sub', 'deeper', 'y.txt'), join(root, 'b-sub', 'z.md'), join(root, 'c.txt'),
    ]);
    assert.deepEqual(results.map((r) => article(r).name), ['a.html', 'y.txt', 'z.md', 'c.txt']);
  });
});

describe('standard input', () => {
  it('reads `-` and sniffs plain text, HTML and JSON Lines', async () => {
    const [text] = await readAll(['-'], { stdin: Readable.from([Buffer.from('Du texte '), Buffer.from('en deux morceaux.')]) });
    assert.deepEqual([article(text).name, article(text).origin, article(text).format, article(text).text],
      ['stdin', '-', 'text', 'Du texte en deux morceaux.']);

    const [html] = await readAll(['-'], { stdin: Readable.from(['  <html><body><p>Hello from a page.</p></body></html>']) });
    assert.equal(article(html).format, 'html');
    assert.equal(article(html).text, 'Hello from a page.');

    const lines = await readAll(['-'], { stdin: Readable.from(['{"text": "One."}\n{"text": "Two."}\n']) });
    assert.deepEqual(lines.map((r) => [article(r).name, article(r).text]), [['stdin#1', 'One.'], ['stdin#2', 'Two.']]);
  });

  it('refuses input over the size limit', async () => {
    const [result] = await readAll(['-'], { stdin: Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]), maxBytes: 1000 });
    assert.match(failure(result).error, /over the 1000 bytes limit/);
  });
});

describe('HTML', () => {
  it('extracts the main text, one paragraph per block, and the page metadata', async () => {
    const [result] = await readAll([HTML_FIXTURE]);
    const page = article(result);
    assert.equal(page.name, 'ingest-article.html');
    assert.equal(page.format, 'html');
    assert.equal(page.raw, await readFile(HTML_FIXTURE, 'utf8'));
    assert.deepEqual(page.meta, {
      title: 'Harbour council denies selling cranes to Northport',
      byline: 'Mara Lindqvist',
      published: '2024-03-14T23:30:00-05:00',
      url: 'https://courier.example/news/harbour-cranes',
      source: 'The Coastal Courier',
      language: 'en',
    });
    const paragraphs = page.text.split('\n\n');
    assert.ok(paragraphs.includes('The harbour council said on Thursday that it had not sold any of its cranes to the port of '
      + 'Northport, rejecting claims made by a local shipping group earlier in the week.'));
    assert.ok(paragraphs.includes('The shipping group, which had said it saw the cranes being dismantled, did not respond to a '
      + 'request for comment.\nIts spokesman later said the group stood by its account.'), '<br> is a line break');
    for (const gone of ['Sport', 'All rights reserved', 'trackArticle', 'font-family', 'Photo: Tomas Ek']) {
      assert.ok(!page.text.includes(gone), `"${gone}" is not article text`);
    }
  });

  it('gives readMetadata what it needs: date cut to the day written, title, language', async () => {
    const page = article((await readAll([HTML_FIXTURE]))[0]);
    const lang = languagePack(page.meta.language!);
    const meta = readMetadata(page, findBoilerplate(page.text, lang), page.meta.language!, lang);
    assert.equal(meta.published, '2024-03-14');
    assert.equal(meta.title, 'Harbour council denies selling cranes to Northport');
    assert.equal(meta.byline, 'Mara Lindqvist');
  });

  it('reads the date from <time datetime> when there is no meta tag or JSON-LD', async () => {
    const path = join(dir, 'time.htm');
    await writeFile(path, '<html lang="fr"><body><article><time datetime="2021-06-02">2 juin</time>'
      + '<p>Le port a rouvert sa ligne de ferry ce matin après des mois de travaux sur le quai ouest.</p></article></body></html>');
    const page = article((await readAll([path]))[0]);
    assert.equal(page.meta.published, '2021-06-02');
    assert.equal(page.meta.language, 'fr');
  });

  it('reports a page with no text', async () => {
    const path = join(dir, 'empty-page.html');
    await writeFile(path, '<html><head><title></title><script>var a = 1;</script></head><body><div><span></span></div></body></html>');
    const result = failure((await readAll([path]))[0]);
    assert.equal(result.file, path);
    assert.equal(result.error, 'no extractable text in the HTML');
  });
});

describe('JSON Lines', () => {
  it('yields one article per good line and a `file:line` error for each bad one', async () => {
    const results = await readAll([JSONL_FIXTURE]);
    assert.equal(results.length, 5, 'the blank line is skipped');

    const first = article(results[0]);
    assert.equal(first.name, 'ingest-feed.jsonl#1');
    assert.equal(first.origin, `${JSONL_FIXTURE}#1`);
    assert.equal(first.format, 'jsonl');
    assert.ok(first.text.startsWith('Le conseil portuaire dément'));
    assert.deepEqual(first.meta, {
      title: 'Le conseil portuaire dément avoir vendu ses grues', url: 'https://gazette.example/port/grues',
      published: '2024-03-15T09:10:00+01:00', source: 'La Gazette du Port', language: 'fr',
    });

    const fromHtml = article(results[1]);
    assert.equal(fromHtml.name, 'ingest-feed.jsonl#2');
    assert.ok(fromHtml.text.includes('The ferry line between the two islands will reopen in May'));
    assert.ok(fromHtml.raw?.startsWith('<html lang="en">'));
    assert.equal(fromHtml.meta.url, 'https://courier.example/news/ferry');
    assert.equal(fromHtml.meta.language, 'en');

    const notJson = failure(results[2]);
    assert.equal(notJson.file, `${JSONL_FIXTURE}:3`);
    assert.match(notJson.error, /^not valid JSON/);
    const noText = failure(results[3]);
    assert.equal(noText.file, `${JSONL_FIXTURE}:4`);
    assert.equal(noText.error, 'no "text" or "html" field with content');

    assert.equal(article(results[4]).name, 'ingest-feed.jsonl#6');
  });

  it('reports lines that are JSON but not an article object', async () => {
    const path = join(dir, 'odd.ndjson');
    await writeFile(path, '[1, 2]\n{"text": "   "}\n{"text": "Fine."}\n');
    const results = await readAll([path]);
    assert.equal(failure(results[0]).error, 'not a JSON object');
    assert.equal(failure(results[1]).error, 'no "text" or "html" field with content');
    assert.equal(article(results[2]).text, 'Fine.');
  });
});

describe('bad input', () => {
  it('reports each problem in one line and goes on with the other files', async () => {
    const good = join(dir, 'good.txt');
    const binary = join(dir, 'binary.txt');
    const empty = join(dir, 'empty.txt');
    const blank = join(dir, 'blank.txt');
    const latin1 = join(dir, 'latin1.txt');
    const missing = join(dir, 'missing.txt');
    await writeFile(good, 'Good text.');
    await writeFile(binary, Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    await writeFile(empty, '');
    await writeFile(blank, ' \n\t\r\n ');
    await writeFile(latin1, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait')]));

    const results = await readAll([missing, good, binary, empty, blank, latin1, good]);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : `${r.file}: ${r.error}`)), [
      `${missing}: no such file or folder`,
      'ok',
      `${binary}: binary file (NUL byte at offset 2), expected UTF-8 text`,
      `${empty}: empty file (no text)`,
      `${blank}: empty file (no text)`,
      `${latin1}: invalid UTF-8 at byte offset 3`,
      'ok',
    ]);
  });

  it('refuses a file over the size limit from its size alone, at once', async () => {
    const path = join(dir, 'huge.txt');
    const file = await open(path, 'w');
    await file.truncate(50 * 1024 * 1024); // sparse: no 50 MB written, nothing to read
    await file.close();
    const started = performance.now();
    const [result] = await readAll([path]);
    const elapsed = performance.now() - started;
    assert.equal(failure(result).error, 'file is 50.0 MB, over the 20.0 MB limit');
    assert.ok(elapsed < 100, `took ${elapsed.toFixed(0)} ms`);
  });

  it('honours a smaller maxBytes', async () => {
    const path = join(dir, 'small.txt');
    await writeFile(path, 'x'.repeat(2048));
    const [result] = await readAll([path], { maxBytes: 1024 });
    assert.equal(failure(result).error, 'file is 2048 bytes, over the 1024 bytes limit');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds stray, truncated, overlong and surrogate sequences', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('héllo')), 6, 'valid: the length');
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x80])), 1, 'stray continuation byte');
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82])), 2, 'truncated sequence');
    assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0xaf])), 0, 'overlong');
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0, 'surrogate');
  });
});
