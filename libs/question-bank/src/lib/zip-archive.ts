/**
 * A small zip reader for .docx/.xlsx uploads. It reads the central directory first (End Of Central
 * Directory record → entries' declared sizes and count) so a zip bomb is refused before anything is
 * inflated, and it inflates only the entries asked for, never beyond their declared size.
 */
import { inflateRawSync } from 'node:zlib';
import { QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** An entry bigger than `ratioFloorBytes` may not expand more than this many times. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

/** Generous for real papers (a 20 MB upload of text XML expands about tenfold), absurd beyond. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 150 * MB, maxRatio: 200, ratioFloorBytes: 4 * MB };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const unreadable = (): never => {
  throw new QuestionBankImportError(QuestionBankImportErrorCode.UnknownFormat, [{ line: 0, message: '压缩包已损坏，无法读取 / The zip archive is damaged and cannot be read' }]);
};

const tooLarge = (zh: string, en: string): never => {
  throw new QuestionBankImportError(QuestionBankImportErrorCode.TooLarge, [{ line: 0, message: `${zh} / ${en}` }]);
};

export function isZip(buffer: Buffer): boolean {
  return buffer.length > 4 && buffer.readUInt32LE(0) === LOCAL;
}

function findEocd(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) if (buffer.readUInt32LE(i) === EOCD) return i;
  return unreadable();
}

const u64 = (buffer: Buffer, at: number): number => Number(buffer.readBigUInt64LE(at));

/** Lists the entries from the central directory, with their declared sizes (zip64 included). */
export function readZipDirectory(buffer: Buffer): ZipEntry[] {
  if (buffer.length < 22) unreadable();
  const eocd = findEocd(buffer);
  let count = buffer.readUInt16LE(eocd + 10);
  let dirOffset = buffer.readUInt32LE(eocd + 16);
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && buffer.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(buffer, eocd - 20 + 8);
    if (at + 56 > buffer.length || buffer.readUInt32LE(at) !== ZIP64_EOCD) unreadable();
    count = u64(buffer, at + 32);
    dirOffset = u64(buffer, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  // Walk the directory itself rather than trusting the count: a lying count must not hide entries.
  while (p + 46 <= buffer.length && buffer.readUInt32LE(p) === CENTRAL) {
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      uncompressedSize: buffer.readUInt32LE(p + 24),
      localHeaderOffset: buffer.readUInt32LE(p + 42),
      name: buffer.toString('utf8', p + 46, p + 46 + nameLength),
    };
    readZip64Extra(buffer, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
    if (entries.length > DEFAULT_ZIP_LIMITS.maxEntries * 10) break; // enough to refuse; stop walking
  }
  if (entries.length === 0 && count > 0) unreadable();
  return entries;
}

/** Sizes of 0xFFFFFFFF mean "see the zip64 extra field" (id 1), in the order uncompressed, compressed, offset. */
function readZip64Extra(buffer: Buffer, start: number, length: number, entry: ZipEntry): void {
  let q = start;
  while (q + 4 <= start + length) {
    const id = buffer.readUInt16LE(q);
    const size = buffer.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const take = (): number => {
        const v = r + 8 <= q + 4 + size ? u64(buffer, r) : 0;
        r += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    q += 4 + size;
  }
}

const mb = (n: number): string => (n / MB).toFixed(n < 10 * MB ? 1 : 0);

/** Refuses an archive whose entry count, total expanded size or compression ratio is absurd. */
export function checkZipLimits(entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) {
    tooLarge(`压缩包内文件过多（${entries.length} 个，上限 ${limits.maxEntries}）`, `The archive holds too many files (${entries.length}, limit ${limits.maxEntries})`);
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxTotalBytes) {
    tooLarge(`文件解压后过大（${mb(total)} MB，上限 ${mb(limits.maxTotalBytes)} MB）`, `The file expands to ${mb(total)} MB when unzipped (limit ${mb(limits.maxTotalBytes)} MB)`);
  }
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > limits.maxRatio * Math.max(e.compressedSize, 1)) {
      tooLarge(
        `文件 ${e.name} 压缩比异常（${mb(e.compressedSize)} MB → ${mb(e.uncompressedSize)} MB），疑似压缩炸弹`,
        `${e.name} expands abnormally (${mb(e.compressedSize)} MB → ${mb(e.uncompressedSize)} MB): looks like a zip bomb`,
      );
    }
  }
}

/** An opened, checked archive: entries are inflated on demand. */
export class ZipArchive {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly buffer: Buffer,
    readonly entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name.replace(/^\/+/, ''), e]));
  }

  /** Reads the directory and applies the limits before anything is inflated. */
  static open(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
    const entries = readZipDirectory(buffer);
    checkZipLimits(entries, limits);
    return new ZipArchive(buffer, entries);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  bytes(name: string): Buffer | null {
    const entry = this.byName.get(name);
    if (!entry) return null;
    const at = entry.localHeaderOffset;
    if (at + 30 > this.buffer.length || this.buffer.readUInt32LE(at) !== LOCAL) return unreadable();
    const start = at + 30 + this.buffer.readUInt16LE(at + 26) + this.buffer.readUInt16LE(at + 28);
    const data = this.buffer.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data.subarray(0, entry.uncompressedSize);
    if (entry.method !== 8) return unreadable();
    try {
      // Never more than the directory declared: a lying header cannot expand past the checked total.
      return inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        return tooLarge(`文件 ${entry.name} 解压后超过声明的大小`, `${entry.name} expands beyond its declared size`);
      }
      return unreadable();
    }
  }

  text(name: string): string | null {
    const bytes = this.bytes(name);
    return bytes ? bytes.toString('utf8').replace(/^\uFEFF/, '') : null;
  }
}
