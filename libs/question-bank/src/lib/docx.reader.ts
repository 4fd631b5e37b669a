/**
 * .docx → paper text, as Word shows it: automatic numbering is rendered from numbering.xml ("1." "A."
 * "一、" are not in the text), heading-style paragraphs are marked as headings, table rows become
 * tab-separated lines, and emphasised runs (bold, underline, red, highlight) are wrapped in marks so
 * the paper parser can read answers written that way. Pure (bytes in, text out).
 */
import { ListCounter, readNumbering } from './docx-numbering';
import { ParagraphWriter, rowLine, tableRows } from './docx-paragraphs';
import { readStyles } from './docx-styles';
import { type XmlElement, child, elements, parseXml } from './xml-lite';
import { ZipArchive } from './zip-archive';

export interface DocxText {
  /** One line per paragraph (and per line break inside one); table rows as cells joined by tabs. */
  text: string;
  /** Tables whose rows are questions (the caller decides by their header row), with the line each starts on. */
  tables: { line: number; rows: string[][] }[];
}

/** The body's blocks (paragraphs and tables, also inside content controls) in order. */
function bodyBlocks(node: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(node)) {
    if (c.name === 'p' || c.name === 'tbl') out.push(c);
    else if (c.name === 'sdt') bodyBlocks(child(c, 'sdtContent') ?? c, out);
    else if (c.name === 'customXml' || c.name === 'ins') bodyBlocks(c, out);
  }
  return out;
}

/** The main document part: from the package relationships, usually word/document.xml. */
function documentPart(zip: ZipArchive): string {
  const rels = zip.text('_rels/.rels');
  const target = rels?.match(/Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"|Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/);
  const name = target ? (target[1] ?? target[2]) : 'word/document.xml';
  return zip.has(name) ? name : 'word/document.xml';
}

/**
 * Reads a .docx. `isBankTable(rows)` tells a table of questions (a header row of known columns) from
 * a table that is part of the paper's layout (options side by side, an answer key grid).
 */
export function readDocx(buffer: Buffer, isBankTable: (rows: string[][]) => boolean = () => false): DocxText {
  const zip = ZipArchive.open(buffer);
  const docName = documentPart(zip);
  const xml = zip.text(docName);
  if (xml === null) throw new Error('no document part');
  const dir = docName.includes('/') ? docName.slice(0, docName.lastIndexOf('/') + 1) : '';
  const styles = readStyles(zip.text(`${dir}styles.xml`));
  const numbering = readNumbering(zip.text(`${dir}numbering.xml`), styles);
  const writer = new ParagraphWriter(styles, new ListCounter(numbering));
  const body = child(parseXml(xml), 'body');
  if (!body) throw new Error('no document body');
  const lines: string[] = [];
  const tables: DocxText['tables'] = [];
  for (const block of bodyBlocks(body)) {
    if (block.name === 'p') {
      const text = writer.write(block);
      lines.push(...(text ? text.split('\n') : ['']));
      continue;
    }
    const rows = tableRows(writer, block);
    if (isBankTable(rows)) {
      tables.push({ line: lines.length + 1, rows });
      // Keep the line numbers of what follows: one empty line per row.
      rows.forEach(() => lines.push(''));
    } else for (const row of rows) lines.push(rowLine(row));
  }
  // Empty paragraphs stay as empty lines, so a warning's line number is the paragraph's.
  return { text: lines.join('\n'), tables };
}
