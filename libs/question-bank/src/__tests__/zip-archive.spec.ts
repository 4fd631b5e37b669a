/** The zip reader refuses absurd archives (zip bombs) from the central directory, before inflating anything. */
import { deflateRawSync } from 'node:zlib';
import { QuestionBankImportError, QuestionBankImportErrorCode } from '../lib/question-bank-import.error';
import { parseQuestionFile } from '../lib/question-file.reader';
import { ZipArchive, checkZipLimits, readZipDirectory } from '../lib/zip-archive';
import { buildDocx, p } from './docx-builder';

interface Entry {
  name: string;
  data: Buffer;
  /** What the directory claims the entry expands to (a bomb, or a liar). */
  declared?: number;
}

/** A minimal zip writer: local headers, deflated data, central directory, end record (CRCs left 0: never checked). */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const word = (extra: Entry[]): Buffer =>
  zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }, ...extra]);

async function refusal(buffer: Buffer, name: string): Promise<QuestionBankImportError> {
  try {
    await parseQuestionFile(buffer, name);
  } catch (e) {
    if (e instanceof QuestionBankImportError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('zip limits', () => {
  it('lists entries with their declared sizes from the central directory', async () => {
    const entries = readZipDirectory(await buildDocx({ body: [p('1.甲____。'), p('乙')] }));
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml']));
    expect(entries.filter((e) => !e.name.endsWith('/')).every((e) => e.uncompressedSize > 0)).toBe(true);
  });

  it.each([
    ['a document that claims to expand to 4 GB', word([{ name: 'word/media/bomb.bin', data: Buffer.alloc(1000), declared: 0xffffffff }]), /解压后过大.* \/ .*expands to/],
    ['an entry that expands 1000 times', word([{ name: 'word/document2.xml', data: Buffer.alloc(8 * 1024 * 1024) }]), /压缩比异常.* \/ .*zip bomb/],
    ['6,000 entries', word(Array.from({ length: 6000 }, (_, i) => ({ name: `word/f${i}.xml`, data: Buffer.from('x') }))), /文件过多.* \/ .*too many files/],
  ])('refuses %s before inflating anything, with a clear message', async (_what, buffer, message) => {
    const error = await refusal(buffer, 'paper.docx');
    expect(error.code).toBe(QuestionBankImportErrorCode.TooLarge);
    expect(error.errors[0].message).toMatch(message);
  });

  it('refuses an entry that inflates past its declared size (a lying directory)', () => {
    const liar = zip([{ name: 'word/document.xml', data: Buffer.alloc(1024 * 1024, 65), declared: 100 }]);
    const archive = ZipArchive.open(liar);
    expect(() => archive.bytes('word/document.xml')).toThrow(/超过声明的大小 \/ .*beyond its declared size/);
  });

  it('accepts real-sized archives', () => {
    expect(() => checkZipLimits([{ name: 'word/document.xml', method: 8, compressedSize: 2_000_000, uncompressedSize: 30_000_000, localHeaderOffset: 0 }])).not.toThrow();
  });
});
