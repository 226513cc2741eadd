// Read a corpus folder: every .txt and .md file below it, in a stable order.
// A file that cannot be used is skipped with a warning naming it and why;
// the rest still load.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CorpusFileError, parseDocument } from './document.js';
import type { Corpus, CorpusWarning, ParsedPassage, SourceDocument } from './types.js';
import { yieldToEventLoop } from '../util/slices.js';
import { errorCode } from '../util/errors.js';

export const CORPUS_EXTENSIONS = ['.txt', '.md'];
/** Larger files are skipped: a news article is kilobytes, a 50 MB "article" is a mistake. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  onWarning?: (w: CorpusWarning) => void;
  onProgress?: (p: { files: number; total: number; passages: number }) => void;
}

const isCorpusFile = (name: string) => CORPUS_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** Corpus files below `dir`, relative paths sorted. Follows symlinks, not loops. */
export async function listCorpusFiles(dir: string, warnings: CorpusWarning[] = []): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    const real = await realpath(abs);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(abs, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = (await stat(childAbs)).isDirectory();
        } catch (err) {
          // Only a link that would have been an article is worth a warning.
          if (isCorpusFile(e.name)) warnings.push({ file: childRel, reason: `broken link: ${errorText(err)}` });
          continue;
        }
      }
      if (isDir) {
        try {
          await walk(childAbs, childRel);
        } catch (err) {
          warnings.push({ file: childRel, reason: `folder not readable: ${errorText(err)}` });
        }
      } else if (isCorpusFile(e.name)) out.push(childRel);
    }
  };
  await walk(dir, '');
  return out;
}

export function errorText(err: unknown): string {
  const code = errorCode(err);
  if (code !== undefined) {
    const known: Record<string, string> = {
      ENOENT: 'file not found (deleted, or a dangling link)',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      ELOOP: 'symbolic link loop',
      EISDIR: 'is a folder',
      EMFILE: 'too many open files',
    };
    return known[code] ?? code;
  }
  return err instanceof Error ? err.message : String(err);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of one corpus file, or a reason it cannot be used. Synchronous
 * reads inside: an article is kilobytes, read in microseconds, while each
 * asynchronous call costs a trip through libuv's thread pool, and at 19,000
 * files those trips were a third of the build. The loader yields to the event
 * loop between files.
 */
export async function readCorpusFile(abs: string): Promise<string> {
  await Promise.resolve();
  const l = lstatSync(abs);
  const info = l.isSymbolicLink() ? statSync(abs) : l;
  if (!info.isFile()) throw new CorpusFileError('not a regular file');
  if (info.size > MAX_FILE_BYTES)
    throw new CorpusFileError(`too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
  const bytes = readFileSync(abs);
  if (bytes.length === 0) throw new CorpusFileError('empty file');
  if (bytes.subarray(0, 8192).includes(0)) throw new CorpusFileError('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CorpusFileError('not valid UTF-8 text');
  }
  if (!text.trim()) throw new CorpusFileError('empty file (white space only)');
  return text;
}


/** Load and parse every usable file below `dir`. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus<ParsedPassage>> {
  const documents: SourceDocument[] = [];
  const passages: ParsedPassage[] = [];
  const { warnings, duplicates } = await forEachDocument(dir, options, (doc, docPassages) => {
    documents.push(doc);
    passages.push(...docPassages);
  });
  return { documents, passages, warnings, duplicates };
}

/**
 * Parse every usable file below `dir` and hand each document to `visit` as it
 * is read, with its passages (ids counting on from the previous document's),
 * so that a large corpus can be indexed without holding all of it parsed.
 */
export async function forEachDocument(
  dir: string,
  options: LoadOptions,
  visit: (document: SourceDocument, passages: ParsedPassage[]) => void,
): Promise<{ warnings: CorpusWarning[]; duplicates: number; documents: number; passages: number }> {
  const warnings: CorpusWarning[] = [];
  const warn = (w: CorpusWarning) => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const listWarnings: CorpusWarning[] = [];
  const files = await listCorpusFiles(dir, listWarnings);
  listWarnings.forEach(warn);
  const seen = new Set<string>();
  const ids = new Set<string>();
  let documents = 0;
  let passageCount = 0;
  let duplicates = 0;
  let lastYield = performance.now();
  // Whole files that repeat others are not faults: one line for all of them, not one each.
  const repeatFiles: string[] = [];
  for (const [n, file] of files.entries()) {
    let ready: [SourceDocument, ParsedPassage[]] | undefined;
    try {
      const text = await readCorpusFile(path.join(dir, file));
      const ext = path.extname(file);
      let id = file.slice(0, -ext.length);
      if (ids.has(id)) id = file;
      const parsed = parseDocument(id, text, seen, ext.toLowerCase() === '.md');
      duplicates += parsed.repeats;
      if (parsed.passages.length === 0) {
        if (parsed.repeats) repeatFiles.push(file);
        else warn({ file, reason: 'no article text found' });
      } else {
        ids.add(id);
        const doc: SourceDocument = {
          index: documents++,
          id,
          file,
          title: parsed.title,
          date: parsed.date,
          passages: [],
          ...(parsed.stories.length ? { stories: parsed.stories } : {}),
        };
        const passages: ParsedPassage[] = parsed.passages.map((p) => {
          doc.passages.push(passageCount);
          return { ...p, id: passageCount++, doc: doc.index };
        });
        ready = [doc, passages];
      }
    } catch (err) {
      warn({ file, reason: err instanceof CorpusFileError ? err.message : errorText(err) });
    }
    // Outside the try: a failure while indexing is a bug to report, not a bad file.
    if (ready) visit(...ready);
    options.onProgress?.({ files: n + 1, total: files.length, passages: passageCount });
    // Parsing is CPU work: let the event loop breathe (heartbeats, interactions).
    if (performance.now() - lastYield > 20) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  const [first] = repeatFiles;
  if (first)
    warn({
      file: repeatFiles.length > 1 ? `${first} and ${repeatFiles.length - 1} more` : first,
      reason: `${repeatFiles.length === 1 ? 'its' : 'their'} every passage repeats another file, so ${repeatFiles.length === 1 ? 'it adds' : 'they add'} nothing`,
    });
  return { warnings, duplicates, documents, passages: passageCount };
}
