/**
 * .xlsx → rows, read straight from the package (workbook, shared strings, sheets) after the zip's
 * sizes were checked; then the shared row reader (bank-rows.reader). Pure (bytes in).
 */
import type { ColumnMapping } from '@jingsai/domain';
import { type SheetRows } from './bank-header';
import { readSheets } from './bank-rows.reader';
import type { ParseResult } from './paper-text.parser';
import { QuestionBankImportError, QuestionBankImportErrorCode } from './question-bank-import.error';
import { type XmlElement, child, descendants, elements, parseXml, textOf } from './xml-lite';
import { ZipArchive } from './zip-archive';

/** The documented template columns, in template order. Other names are accepted too (see bank-rows.reader). */
export const XLSX_COLUMNS = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '分值', '解析', '分类', '难度'] as const;

/** Text of a shared string or inline string: its runs, without phonetic guides. */
function stringItem(si: XmlElement): string {
  return si.children
    .filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 't' || c.name === 'r'))
    .map((c) => (c.name === 't' ? textOf(c) : textOf(child(c, 't') ?? c)))
    .join('');
}

/** "AB12" → 28 (1-based column). */
function columnOf(ref: string | undefined): number | null {
  const m = ref?.match(/^([A-Z]+)\d*$/i);
  if (!m) return null;
  return [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function sheetRows(xml: string, shared: string[]): string[][] {
  const rows: string[][] = [];
  const data = descendants(parseXml(xml), 'sheetData')[0];
  if (!data) return rows;
  let nextRow = 1;
  for (const row of elements(data, 'row')) {
    const r = Number(row.attrs.r ?? nextRow);
    nextRow = r + 1;
    const cells: string[] = [];
    let nextCol = 1;
    for (const c of elements(row, 'c')) {
      const col = columnOf(c.attrs.r) ?? nextCol;
      nextCol = col + 1;
      const v = child(c, 'v');
      let value = '';
      switch (c.attrs.t) {
        case 's':
          value = shared[Number(v ? textOf(v) : -1)] ?? '';
          break;
        case 'inlineStr':
          value = stringItem(child(c, 'is') ?? c);
          break;
        case 'b':
          value = v && textOf(v) === '1' ? 'TRUE' : 'FALSE';
          break;
        default:
          value = v ? textOf(v) : '';
      }
      cells[col - 1] = value.replace(/\r\n?/g, '\n').trim();
    }
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i] ?? '';
    rows[r - 1] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? [];
  return rows;
}

/** Every worksheet of the workbook, in tab order. */
export function readXlsxSheets(buffer: Buffer): SheetRows[] {
  const zip = ZipArchive.open(buffer);
  const workbookName = zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : zip.names().find((n) => /(^|\/)workbook\.xml$/.test(n));
  const workbookXml = workbookName ? zip.text(workbookName) : null;
  if (!workbookName || !workbookXml) throw new Error('no workbook part');
  const relsName = resolveTarget(workbookName, `_rels/${workbookName.split('/').pop()}.rels`);
  const rels = new Map<string, string>();
  const relsXml = zip.text(relsName);
  if (relsXml) for (const rel of elements(parseXml(relsXml), 'Relationship')) rels.set(rel.attrs.Id, resolveTarget(workbookName, rel.attrs.Target ?? ''));
  const sharedName = [...rels.values()].find((t) => /sharedStrings\.xml$/i.test(t)) ?? 'xl/sharedStrings.xml';
  const sharedXml = zip.text(sharedName);
  const shared = sharedXml ? elements(parseXml(sharedXml), 'si').map(stringItem) : [];
  const sheets: SheetRows[] = [];
  const sheetList = descendants(parseXml(workbookXml), 'sheet');
  for (const [i, sheet] of sheetList.entries()) {
    const target = rels.get(sheet.attrs.id ?? '') ?? `xl/worksheets/sheet${i + 1}.xml`;
    const xml = zip.text(target);
    if (xml) sheets.push({ name: sheet.attrs.name ?? `Sheet${i + 1}`, rows: sheetRows(xml, shared) });
  }
  return sheets;
}

/** Reads the first worksheet whose header names known columns, or the columns as `mapping` says. */
export async function readXlsxBank(buffer: Buffer, mapping?: ColumnMapping): Promise<ParseResult> {
  let sheets: SheetRows[];
  try {
    sheets = readXlsxSheets(buffer);
  } catch (error) {
    if (error instanceof QuestionBankImportError && error.code === QuestionBankImportErrorCode.TooLarge) throw error;
    throw new QuestionBankImportError(QuestionBankImportErrorCode.UnknownFormat, [{ line: 0, message: '无法读取 Excel 文件 / Cannot read the Excel workbook' }]);
  }
  return readSheets(sheets, 'xlsx', mapping);
}
