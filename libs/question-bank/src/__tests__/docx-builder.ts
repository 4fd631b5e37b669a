/**
 * Builds .docx files in tests the way Word writes them (a zip of WordprocessingML parts), so every
 * fixture can be read in the test itself: styles, automatic numbering, runs in bold/underline/red,
 * tables, content controls.
 */
import JSZip from 'jszip';

export type Run = string | { text: string; bold?: boolean; underline?: boolean; color?: string; highlight?: string };

export interface Para {
  runs: Run[];
  /** Paragraph style id: 'Title', '1' (Word's 标题 1 in Chinese), 'Heading2'. */
  style?: string;
  /** Automatic numbering: list `num` at `level` (0-based). */
  num?: { id: number; level?: number };
  /** An outline level set on the paragraph itself (a heading without a heading style). */
  outline?: number;
  /** Wrap the paragraph in a content control (w:sdt). */
  sdt?: boolean;
}

export interface Table {
  rows: Run[][][];
}

export type Block = Para | Table;

/** One list level: format (decimal, upperLetter, chineseCounting…), label text ("%1."), start. */
export interface Level {
  fmt: string;
  text: string;
  start?: number;
}

export interface DocxSpec {
  body: Block[];
  /** Abstract lists by id; `nums` point list instances at them (with an optional restart). */
  lists?: Record<number, Level[]>;
  nums?: Record<number, { list: number; restartAt?: number }>;
  /** An embedded picture (stored, not compressed): what makes real papers megabytes large. */
  media?: Buffer;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(r: Run): string {
  const spec = typeof r === 'string' ? { text: r } : r;
  const props = [
    spec.bold ? '<w:b/>' : '',
    spec.underline ? '<w:u w:val="single"/>' : '',
    spec.color ? `<w:color w:val="${spec.color}"/>` : '',
    spec.highlight ? `<w:highlight w:val="${spec.highlight}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(spec.text)}</w:t></w:r>`;
}

function para(p: Para): string {
  const pPr = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.num ? `<w:numPr><w:ilvl w:val="${p.num.level ?? 0}"/><w:numId w:val="${p.num.id}"/></w:numPr>` : '',
    p.outline !== undefined ? `<w:outlineLvl w:val="${p.outline}"/>` : '',
  ].join('');
  const xml = `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${p.runs.map(run).join('')}</w:p>`;
  return p.sdt ? `<w:sdt><w:sdtPr/><w:sdtContent>${xml}</w:sdtContent></w:sdt>` : xml;
}

function table(t: Table): string {
  const rows = t.rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr/>${para({ runs: c })}</w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

function numbering(spec: DocxSpec): string {
  const lists = Object.entries(spec.lists ?? {})
    .map(([id, levels]) => {
      const lvls = levels
        .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${esc(l.text)}"/></w:lvl>`)
        .join('');
      return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
    })
    .join('');
  const nums = Object.entries(spec.nums ?? {})
    .map(([id, n]) => {
      const restart = n.restartAt !== undefined ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${n.restartAt}"/></w:lvlOverride>` : '';
      return `<w:num w:numId="${id}"><w:abstractNumId w:val="${n.list}"/>${restart}</w:num>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${lists}${nums}</w:numbering>`;
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = spec.body.map((b) => ('rows' in b ? table(b) : para(b))).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  zip.file('word/styles.xml', STYLES);
  if (spec.lists) zip.file('word/numbering.xml', numbering(spec));
  if (spec.media) zip.file('word/media/image1.png', spec.media, { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const b = (text: string): Run => ({ text, bold: true });
export const u = (text: string): Run => ({ text, underline: true });
export const red = (text: string): Run => ({ text, color: 'FF0000' });
export const p = (...runs: Run[]): Para => ({ runs });
