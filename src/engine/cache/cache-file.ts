// The saved-index file: named, versioned sections of binary blobs (typed
// arrays, string lists, small JSON), each section with a SHA-1 checksum.
//
//   "NEWSDESK-INDEX\n" + format byte | u32 header length | header JSON | blobs (8-byte aligned)
//
// Nothing goes through one big JSON.stringify or one big string (V8 caps a
// string at 512 MiB): typed arrays are written as they are and read back as
// views on the file's buffer; strings are UTF-8 bytes plus offsets.
// Written to a temporary file and renamed, so a crash mid-write leaves the
// previous file intact.
import { createHash } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { yieldToEventLoop } from '../../util/slices.js';

export const CACHE_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('NEWSDESK-INDEX\n', 'latin1');

export class CacheError extends Error {}

type Numeric = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPED = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array } as const;
type TypedName = keyof typeof TYPED;
type BlobType = TypedName | 'strings' | 'json';

interface BlobEntry {
  name: string;
  type: BlobType;
  offset: number;
  bytes: number;
}

interface SectionEntry {
  name: string;
  version: number;
  sha1: string;
  blobs: BlobEntry[];
}

interface Header {
  format: number;
  key: string;
  created: string;
  sections: SectionEntry[];
}

/**
 * A blob as it will be written: its size up front (the header needs every
 * offset), its bytes produced in pieces when hashed and again when written,
 * so a large string list is never held encoded in memory as a whole.
 */
interface PendingBlob {
  name: string;
  type: BlobType;
  bytes: number;
  chunks(): Iterable<Uint8Array>;
}

/** Strings are encoded a piece of about this many bytes at a time. */
const STRING_CHUNK_BYTES = 1 << 20;

/** A section's parts, as they will be written. */
export class SectionWriter {
  readonly blobs: PendingBlob[] = [];

  typed(name: string, array: Numeric): void {
    const type = (Object.keys(TYPED) as TypedName[]).find((t) => array instanceof TYPED[t]);
    if (!type) throw new Error(`cannot save ${name}: unsupported array type`);
    const data = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    this.blobs.push({ name, type, bytes: data.byteLength, chunks: () => [data] });
  }

  /** A list of strings: u32 count, u32 byte offsets (count + 1), then the UTF-8 bytes. */
  strings(name: string, list: { readonly length: number; get(i: number): string } | readonly string[]): void {
    const get = Array.isArray(list)
      ? (i: number) => (list as readonly string[])[i] ?? ''
      : (list as { get(i: number): string }).get.bind(list);
    const n = list.length;
    const offsets = new Uint32Array(n + 1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += Buffer.byteLength(get(i), 'utf8');
      offsets[i + 1] = total;
    }
    const head = Buffer.alloc(4 + 4 * (n + 1));
    head.writeUInt32LE(n, 0);
    Buffer.from(offsets.buffer).copy(head, 4);
    function* chunks(): Generator<Uint8Array> {
      yield head;
      // Each string at its own offset, as byteLength counted it (a lone surrogate stays its own 3 bytes).
      for (let from = 0; from < n;) {
        let to = from;
        while (to < n && (offsets[to] as number) - (offsets[from] as number) < STRING_CHUNK_BYTES) to++;
        const base = offsets[from] as number;
        const piece = Buffer.alloc((offsets[to] as number) - base);
        for (let i = from; i < to; i++) piece.write(get(i), (offsets[i] as number) - base, 'utf8');
        yield piece;
        from = to;
      }
    }
    this.blobs.push({ name, type: 'strings', bytes: head.length + total, chunks });
  }

  /** Small values only (counts, warnings): anything large belongs in typed arrays or string lists. */
  json(name: string, value: unknown): void {
    const data = Buffer.from(JSON.stringify(value), 'utf8');
    this.blobs.push({ name, type: 'json', bytes: data.byteLength, chunks: () => [data] });
  }
}

/** Strings saved with `SectionWriter.strings`, decoded one at a time on demand. */
export class StringList {
  private readonly offsets: Uint32Array;
  private readonly bytes: Buffer;
  readonly length: number;

  constructor(data: Buffer) {
    if (data.length < 4) throw new CacheError('string list too short');
    const n = data.readUInt32LE(0);
    const head = 4 + 4 * (n + 1);
    if (data.length < head) throw new CacheError('string list truncated');
    this.offsets = new Uint32Array(n + 1);
    Buffer.from(this.offsets.buffer).set(data.subarray(4, head));
    this.bytes = data.subarray(head);
    if (this.offsets[n] !== this.bytes.length) throw new CacheError('string list offsets do not match its size');
    this.length = n;
  }

  get(i: number): string {
    return this.bytes.toString('utf8', this.offsets[i] ?? 0, this.offsets[i + 1] ?? 0);
  }

  all(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }
}

export class SectionReader {
  constructor(
    readonly name: string,
    readonly version: number,
    private readonly file: Buffer,
    private readonly blobs: BlobEntry[],
  ) {}

  private blob(name: string, type: BlobType): Buffer {
    const b = this.blobs.find((x) => x.name === name);
    if (!b) throw new CacheError(`section ${this.name} has no ${name}`);
    if (b.type !== type) throw new CacheError(`section ${this.name}: ${name} is ${b.type}, expected ${type}`);
    return this.file.subarray(b.offset, b.offset + b.bytes);
  }

  typed<T extends TypedName>(name: string, type: T): InstanceType<(typeof TYPED)[T]> {
    const data = this.blob(name, type);
    const ctor = TYPED[type];
    if (data.byteLength % ctor.BYTES_PER_ELEMENT) throw new CacheError(`${this.name}.${name} has a partial element`);
    // A view on the file's buffer, no copy (blobs are 8-byte aligned in a buffer that starts aligned).
    return new ctor(
      data.buffer as ArrayBuffer,
      data.byteOffset,
      data.byteLength / ctor.BYTES_PER_ELEMENT,
    ) as InstanceType<(typeof TYPED)[T]>;
  }

  strings(name: string): StringList {
    return new StringList(this.blob(name, 'strings'));
  }

  json<T>(name: string): T {
    try {
      return JSON.parse(this.blob(name, 'json').toString('utf8')) as T;
    } catch (err) {
      if (err instanceof CacheError) throw err;
      throw new CacheError(`${this.name}.${name} is not valid JSON`);
    }
  }
}

const align8 = (n: number) => (n + 7) & ~7;

/** Bytes hashed or written between turns of the event loop: a 50 MB index must not stall a serving bot. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Write sections to `file` atomically: a temporary file next to it, flushed,
 * then renamed over it. Hashing and writing go a few megabytes at a time,
 * with asynchronous writes, so a rebuild saved while serving leaves the event
 * loop free between chunks.
 */
export async function writeCacheFile(
  file: string,
  key: string,
  sections: { name: string; version: number; writer: SectionWriter }[],
): Promise<number> {
  const entries: SectionEntry[] = [];
  for (const s of sections) {
    const hash = createHash('sha1');
    let sinceTurn = 0;
    for (const b of s.writer.blobs)
      for (const chunk of b.chunks())
        for (let at = 0; at < chunk.byteLength; at += CHUNK_BYTES) {
          const piece = chunk.subarray(at, at + CHUNK_BYTES);
          hash.update(piece);
          sinceTurn += piece.byteLength;
          if (sinceTurn >= CHUNK_BYTES) {
            await yieldToEventLoop();
            sinceTurn = 0;
          }
        }
    entries.push({
      name: s.name,
      version: s.version,
      sha1: hash.digest('hex'),
      blobs: s.writer.blobs.map((b) => ({ name: b.name, type: b.type, offset: 0, bytes: b.bytes })),
    });
  }
  // Offsets depend on the header's length, which depends on the offsets' digits: lay out until stable.
  const header: Header = { format: CACHE_FORMAT_VERSION, key, created: new Date().toISOString(), sections: entries };
  let headerBytes = Buffer.alloc(0);
  for (let pass = 0; ; pass++) {
    if (pass > 20) throw new Error('cache header layout does not settle');
    let at = align8(MAGIC.length + 1 + 4 + headerBytes.length);
    for (const s of entries)
      for (const b of s.blobs) {
        b.offset = at;
        at = align8(at + b.bytes);
      }
    const next = Buffer.from(JSON.stringify(header), 'utf8');
    const stable = next.length === headerBytes.length;
    headerBytes = next;
    if (stable) break;
  }
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const handle = await open(tmp, 'w');
  let written = 0;
  try {
    const put = async (data: Uint8Array) => {
      for (let at = 0; at < data.byteLength;) {
        const { bytesWritten } = await handle.write(data, at, Math.min(CHUNK_BYTES, data.byteLength - at));
        at += bytesWritten;
      }
      written += data.byteLength;
    };
    const pad = async (to: number) => {
      if (to > written) await put(Buffer.alloc(to - written));
    };
    const lead = Buffer.alloc(MAGIC.length + 1 + 4);
    MAGIC.copy(lead);
    lead.writeUInt8(CACHE_FORMAT_VERSION, MAGIC.length);
    lead.writeUInt32LE(headerBytes.length, MAGIC.length + 1);
    await put(lead);
    await put(headerBytes);
    for (const [i, s] of sections.entries())
      for (const [j, b] of s.writer.blobs.entries()) {
        await pad(entries[i]?.blobs[j]?.offset ?? written);
        const start = written;
        for (const chunk of b.chunks()) await put(chunk);
        if (written - start !== b.bytes)
          throw new Error(`cache blob ${b.name}: wrote ${written - start} bytes, expected ${b.bytes}`);
      }
    await handle.sync();
  } catch (err) {
    await handle.close();
    rmSync(tmp, { force: true });
    throw err;
  }
  await handle.close();
  renameSync(tmp, file);
  return written;
}

/** A saved-index file being read: its header checked, its sections arriving. */
export interface CacheFileReader {
  /** The corpus key the file was made for. */
  key: string;
  /** A section, its checksum checked. Rejects with CacheError (missing, truncated, failing its checksum). */
  section(name: string): Promise<SectionReader>;
}

/**
 * Open a cache file: magic, format and key (unless null: whatever key it was made for) checked
 * first; then the section `first` read, then the others, in the background (libuv's threads), so
 * they arrive while the caller decodes `first`. Each section is read into a buffer of its own:
 * one that is only needed while loading (the search index's JSON, once MiniSearch holds it) is
 * freed then, not kept alive by the other sections' views. Rejects with CacheError.
 */
export async function openCacheFile(file: string, key: string | null, first?: string): Promise<CacheFileReader> {
  const handle = await open(file, 'r');
  const readAt = async (at: number, bytes: number): Promise<Buffer> => {
    // Buffer.alloc is never a slice of the shared pool: offset 0, so typed-array views are aligned.
    const out = Buffer.alloc(bytes);
    for (let done = 0; done < bytes;) {
      const { bytesRead } = await handle.read(out, done, bytes - done, at + done);
      if (bytesRead === 0) throw new CacheError('file is truncated');
      done += bytesRead;
    }
    return out;
  };
  let header: Header;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const headerStart = MAGIC.length + 5;
    if (size < headerStart) throw new CacheError('not a Newsdesk index file');
    const lead = await readAt(0, headerStart);
    if (!lead.subarray(0, MAGIC.length).equals(MAGIC)) throw new CacheError('not a Newsdesk index file');
    const format = lead.readUInt8(MAGIC.length);
    if (format !== CACHE_FORMAT_VERSION)
      throw new CacheError(`format ${format}, this version reads ${CACHE_FORMAT_VERSION}`);
    const headerLength = lead.readUInt32LE(MAGIC.length + 1);
    if (headerStart + headerLength > size) throw new CacheError('truncated header');
    try {
      header = JSON.parse((await readAt(headerStart, headerLength)).toString('utf8')) as Header;
    } catch {
      throw new CacheError('unreadable header');
    }
    if (key !== null && header.key !== key) throw new CacheError('made for other corpus files or settings');
    for (const s of header.sections)
      for (const b of s.blobs)
        if (b.offset < 0 || b.bytes < 0 || b.offset + b.bytes > size)
          throw new CacheError(`section ${s.name} is truncated`);
  } catch (err) {
    await handle.close();
    throw err;
  }
  const readSection = async (s: SectionEntry): Promise<SectionReader> => {
    // The section's span of the file; blobs start 8-byte aligned, so they stay aligned in it.
    const from = Math.min(size, ...s.blobs.map((b) => b.offset));
    const to = Math.max(from, ...s.blobs.map((b) => b.offset + b.bytes));
    const buf = await readAt(from, to - from);
    const blobs = s.blobs.map((b) => ({ ...b, offset: b.offset - from }));
    const hash = createHash('sha1');
    for (const b of blobs) hash.update(buf.subarray(b.offset, b.offset + b.bytes));
    if (hash.digest('hex') !== s.sha1) throw new CacheError(`section ${s.name} fails its checksum`);
    return new SectionReader(s.name, s.version, buf, blobs);
  };
  const lead = header.sections.find((s) => s.name === first);
  const leading = lead ? readSection(lead) : Promise.resolve(null);
  const rest = leading.then(
    () => true,
    () => true,
  );
  const sections = new Map<string, Promise<SectionReader>>();
  for (const s of header.sections) {
    const p = s === lead ? (leading as Promise<SectionReader>) : rest.then(() => readSection(s));
    p.catch(() => undefined); // awaited by section(); a section never asked for must not count as unhandled
    sections.set(s.name, p);
  }
  void Promise.allSettled(sections.values()).then(() => handle.close());
  return {
    key: header.key,
    section: (name) => sections.get(name) ?? Promise.reject(new CacheError(`no ${name} section`)),
  };
}
