/**
 * Reads articles from files, folders (recursively, in name order) and standard input (`-`), in
 * plain text, HTML or JSON Lines. Each bad input becomes one failed result with a one-line reason;
 * reading goes on with the next.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { InputFormat, RawArticle } from '../core/types.js';
import { decodeText } from './decode.js';
import { readHtml } from './html.js';
import { readJsonLines } from './jsonl.js';

/**
 * An article, or why an input could not be read: `file` names it (`path`, or `path:line` for a
 * JSON line) and `error` is the problem in one line, without the file name.
 */
export type InputResult = { ok: true; article: RawArticle } | { ok: false; file: string; error: string };

export interface ReadInputOptions {
  /** Read for the path `-` (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream;
  /** Larger inputs are refused before being read (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const STDIN = '-';
const STDIN_NAME = 'stdin';
const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

export async function* readInputs(paths: string[], options: ReadInputOptions = {}): AsyncGenerator<InputResult> {
  yield* readAhead(inputReads(paths, options, options.maxBytes ?? DEFAULT_MAX_BYTES));
}

/**
 * A read under way. It is wrapped because an async generator awaits a promise it yields, and it
 * never rejects: an input that cannot be read gives failed results.
 */
interface PendingRead {
  results: Promise<Iterable<InputResult>>;
}

/** One read per input, in order: each path, each file of a folder, standard input; each starts when pulled. */
async function* inputReads(paths: string[], options: ReadInputOptions, maxBytes: number): AsyncGenerator<PendingRead> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { results: readStdin(options.stdin ?? process.stdin, maxBytes) };
      continue;
    }
    const info = await statOrError(path);
    if (typeof info !== 'string' && info.isDirectory()) {
      for await (const file of folderFiles(path)) yield { results: statOrError(file).then((fileInfo) => readPath(file, fileInfo, maxBytes)) };
    } else yield { results: readPath(path, info, maxBytes) };
  }
}

/** Files under `folder` with a known extension, depth first in name order; hidden entries skipped. */
export async function* folderFiles(folder: string): AsyncGenerator<string> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
    if (isFolder) yield* folderFiles(path);
    else if (formatOf(path)) yield path;
  }
}

/** How many inputs are read ahead of the one being analysed. */
const READ_AHEAD = 8;

/**
 * The results of `reads` in order, with up to READ_AHEAD inputs being read while the caller analyses
 * the current one: each read waits on the disk and the thread pool, not on the CPU.
 */
async function* readAhead(reads: AsyncIterable<PendingRead>): AsyncGenerator<InputResult> {
  const iterator = reads[Symbol.asyncIterator]();
  const queue: PendingRead[] = [];
  let listed = false;
  const fill = async () => {
    while (!listed && queue.length < READ_AHEAD) {
      const next = await iterator.next();
      if (next.done) listed = true;
      else queue.push(next.value);
    }
  };
  await fill();
  while (queue.length > 0) {
    yield* await queue.shift()!.results;
    await fill();
  }
}

/** A file named on the command line or found in a folder; the size is checked before reading. */
async function readPath(path: string, info: Stats | string, maxBytes: number): Promise<Iterable<InputResult>> {
  const fail = (error: string): InputResult[] => [{ ok: false, file: path, error }];
  if (typeof info === 'string') return fail(info);
  if (!info.isFile()) return fail('not a regular file');
  if (info.size > maxBytes) return fail(`file is ${formatSize(info.size)}, over the ${formatSize(maxBytes)} limit`);
  try {
    return articlesIn(await readFile(path), path, basename(path), formatOf(path));
  } catch (error) {
    return fail(fileErrorMessage(error));
  }
}

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Iterable<InputResult>> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > maxBytes) return [{ ok: false, file: STDIN, error: `input is over the ${formatSize(maxBytes)} limit` }];
      chunks.push(buffer);
    }
  } catch (error) {
    return [{ ok: false, file: STDIN, error: fileErrorMessage(error) }];
  }
  return articlesIn(Buffer.concat(chunks), STDIN, STDIN_NAME, undefined);
}

/** The articles in one input's bytes, in its format (sniffed from the content when unknown). */
function articlesIn(bytes: Uint8Array, path: string, name: string, format: InputFormat | undefined): Iterable<InputResult> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [{ ok: false, file: path, error: decoded.error }];
  const { text } = decoded;
  switch (format ?? sniffFormat(text)) {
    case 'jsonl':
      return readJsonLines(text, path, name);
    case 'html': {
      const page = readHtml(text);
      if (!page) return [{ ok: false, file: path, error: 'no extractable text in the HTML' }];
      return [{ ok: true, article: { name, origin: path, format: 'html', text: page.text, raw: text, meta: page.meta } }];
    }
    case 'text':
      return [{ ok: true, article: { name, origin: path, format: 'text', text, meta: {} } }];
  }
}

function formatOf(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/** Markup starts with `<`, a JSON Lines feed with `{`; anything else is plain text. */
function sniffFormat(text: string): InputFormat {
  const first = text.trimStart()[0];
  return first === '<' ? 'html' : first === '{' ? 'jsonl' : 'text';
}

async function statOrError(path: string): Promise<Stats | string> {
  try {
    return await stat(path);
  } catch (error) {
    return fileErrorMessage(error);
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
};

function fileErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && FILE_ERRORS[code]) ?? `cannot read (${code ?? (error as Error).message})`;
}

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${bytes} bytes`;
}
