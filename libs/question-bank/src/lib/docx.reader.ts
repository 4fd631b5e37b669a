/**
 * .docx → paper text, as Word shows it: automatic numbering is rendered from numbering.xml ("1." "A."
 * "一、" are not in the text), heading-style paragraphs are marked as headings, table rows become
 * tab-separated lines, and emphasised runs (bold, underline, red, highlight) are wrapped in marks so
 * the paper parser can read answers written that way. Pure (bytes in, text out).
 */
import { AUTO_NUMBER_MARK, HEADING_MARK, MARK_CLOSE, MARK_OPEN, TABLE_ROW_MARK } from './text.util';
import { type XmlElement, child, elements, parseXml } from './xml-lite';
import { ZipArchive } from './zip-archive';

export interface DocxText {
  /** One line per paragraph (and per line break inside one); table rows as cells joined by tabs. */
  text: string;
  /** Tables whose rows are questions (the caller decides by their header row), with the line each starts on. */
  tables: { line: number; rows: string[][] }[];
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface Numbering {
  /** numId → abstract list id and per-level start overrides. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

interface StyleInfo {
  basedOn?: string;
  heading: boolean;
  numId?: string;
  ilvl?: number;
  emphasis: string;
}

const isOn = (el: XmlElement | undefined): boolean => !!el && !['0', 'false', 'off'].includes(el.attrs.val ?? '');

/** Bold, underline, red text, a highlight: the ways papers show an answer (one letter each). */
function emphasis(rPr: XmlElement | undefined): string {
  if (!rPr) return '';
  let flags = '';
  if (isOn(child(rPr, 'b'))) flags += 'b';
  const u = child(rPr, 'u');
  if (u && (u.attrs.val ?? 'single') !== 'none') flags += 'u';
  const highlight = child(rPr, 'highlight');
  if (highlight && highlight.attrs.val !== 'none') flags += 'h';
  const color = child(rPr, 'color')?.attrs.val ?? '';
  if (/^[0-9a-f]{6}$/i.test(color)) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16));
    if (r >= 0xc0 && g <= 0x60 && b <= 0x60) flags += 'r';
  }
  return flags;
}


function underlined(rPr: XmlElement | undefined): boolean {
  const u = rPr && child(rPr, 'u');
  return !!u && (u.attrs.val ?? 'single') !== 'none';
}

function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  for (const s of elements(parseXml(xml), 'style')) {
    const id = s.attrs.styleId;
    if (!id) continue;
    const name = (child(s, 'name')?.attrs.val ?? '').toLowerCase();
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = child(pPr, 'outlineLvl')?.attrs.val;
    styles.set(id, {
      basedOn: child(s, 'basedOn')?.attrs.val,
      heading: /^(heading|标题)\s*\d$|^title$|^标题$/.test(name) || (outline !== undefined && Number(outline) < 9),
      numId: child(numPr, 'numId')?.attrs.val,
      ilvl: child(numPr, 'ilvl') ? Number(child(numPr, 'ilvl')?.attrs.val) : undefined,
      emphasis: emphasis(child(s, 'rPr')),
    });
  }
  return styles;
}

/** A style's property, following basedOn (at most a few levels; loops are cut). */
function styleProp<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let depth = 0; id && depth < 10; depth++) {
    const s = styles.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined && s[key] !== false) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number(child(lvl, 'start')?.attrs.val ?? 1),
    format: child(lvl, 'numFmt')?.attrs.val ?? 'decimal',
    text: child(lvl, 'lvlText')?.attrs.val ?? '',
    suffix: child(lvl, 'suff')?.attrs.val ?? 'tab',
    legal: isOn(child(lvl, 'isLgl')),
  };
}

function readNumbering(xml: string | null, styles: Map<string, StyleInfo>): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!xml) return numbering;
  const root = parseXml(xml);
  const links = new Map<string, string>();
  for (const a of elements(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of elements(a, 'lvl')) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
    numbering.abstracts.set(a.attrs.abstractNumId, levels);
    const link = child(a, 'numStyleLink')?.attrs.val;
    if (link) links.set(a.attrs.abstractNumId, link);
  }
  for (const num of elements(root, 'num')) {
    let abstractId = child(num, 'abstractNumId')?.attrs.val ?? '';
    const starts = new Map<number, number>();
    for (const o of elements(num, 'lvlOverride')) {
      const ilvl = Number(o.attrs.ilvl ?? 0);
      const start = child(o, 'startOverride')?.attrs.val;
      if (start !== undefined) starts.set(ilvl, Number(start));
      const lvl = child(o, 'lvl');
      if (lvl) {
        // A full level override: give this num its own copy of the list.
        const copy = new Map(numbering.abstracts.get(abstractId) ?? []);
        copy.set(ilvl, readLevel(lvl));
        abstractId = `${abstractId}#${num.attrs.numId}`;
        numbering.abstracts.set(abstractId, copy);
      }
    }
    numbering.nums.set(num.attrs.numId, { abstractId, starts });
  }
  // numStyleLink: the list's levels live in the num its style points to.
  for (const [abstractId, styleId] of links) {
    const numId = styleProp(styles, styleId, 'numId');
    const target = numId ? numbering.nums.get(numId) : undefined;
    const levels = target ? numbering.abstracts.get(target.abstractId) : undefined;
    if (levels && levels.size) numbering.abstracts.set(abstractId, levels);
  }
  return numbering;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  return String(n);
}

function letters(n: number, base: string): string {
  // Word repeats the letter past Z: AA, BB, …
  const index = (n - 1) % 26;
  return String.fromCharCode(base.charCodeAt(0) + index).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperLetter': return letters(n, 'A');
    case 'lowerLetter': return letters(n, 'a');
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographDigital': return chineseNumber(n);
    case 'ideographTraditional': return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese': return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet': return '';
    default: return String(n);
  }
}

/** Word's list counters: one set per abstract list, deeper levels restart when a shallower one advances. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The label Word shows for a paragraph of list `numId` at level `ilvl` ('' for bullets or unknown lists). */
  next(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || numId === '0') return '';
    const counts = this.counts.get(num.abstractId) ?? [];
    this.counts.set(num.abstractId, counts);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // "Restart numbering" in Word is a new num with a start override.
      for (const [lvl, start] of num.starts) counts[lvl] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (level.start - 1)) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) delete counts[deeper];
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const l = levels.get(k);
      const value = counts[k] ?? l?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : l?.format ?? 'decimal');
    });
    if (!label.trim()) return '';
    return label + (level.suffix === 'space' ? ' ' : level.suffix === 'nothing' ? '' : '\t');
  }
}

/** Ticks and crosses inserted as Wingdings symbols (Insert → Symbol), as true/false answers often are. */
const SYMBOLS: Record<string, Record<string, string>> = {
  wingdings: { F0FC: '√', F0FE: '√', F0FB: '×', F0FD: '×' },
  'wingdings 2': { F050: '√', F052: '√', F04F: '×', F053: '×', F0CE: '×' },
};

function symbol(font: string, char: string): string {
  return SYMBOLS[font.toLowerCase()]?.[char.toUpperCase()] ?? '';
}

/** Skipped: deleted text, field instructions, drawings and text boxes (their text would be duplicated). */
const SKIP = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'instrText', 'delText', 'drawing', 'pict', 'AlternateContent', 'object', 'footnoteReference', 'endnoteReference', 'commentReference']);

interface Run {
  text: string;
  /** Emphasis letters (b u h r), see emphasis(). */
  flags: string;
  /** Has text that can be an answer (not only spaces, blanks or punctuation). */
  content: boolean;
}

class ParagraphWriter {
  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly counter: ListCounter,
  ) {}

  runs(node: XmlElement, out: Run[]): void {
    for (const c of node.children) {
      if (typeof c === 'string' || SKIP.has(c.name)) continue;
      if (c.name === 'r') {
        const rPr = child(c, 'rPr');
        const flags = emphasis(rPr) + (styleProp(this.styles, child(rPr, 'rStyle')?.attrs.val, 'emphasis') ?? '');
        const under = underlined(rPr);
        let text = '';
        for (const t of c.children) {
          if (typeof t === 'string') continue;
          if (t.name === 't') text += t.children.filter((x): x is string => typeof x === 'string').join('');
          else if (t.name === 'tab' || t.name === 'ptab') text += '\t';
          else if (t.name === 'br' || t.name === 'cr') text += t.attrs.type === 'page' ? '' : '\n';
          else if (t.name === 'noBreakHyphen') text += '-';
          else if (t.name === 'sym') text += symbol(t.attrs.font ?? '', t.attrs.char ?? '');
        }
        // An underlined run of spaces is how Word papers draw a blank.
        if (under && text && !text.trim()) text = '____';
        out.push({ text, flags, content: /[^\s_＿.．、,，;；:：()（）\-—]/.test(text) });
      } else this.runs(c, out);
    }
  }

  /** The paragraph's text with its list label, marks around emphasised runs, and a heading mark. */
  write(p: XmlElement): string {
    const pPr = child(p, 'pPr');
    const styleId = child(pPr, 'pStyle')?.attrs.val;
    const heading = !!styleProp(this.styles, styleId, 'heading') || (child(pPr, 'outlineLvl') !== undefined && Number(child(pPr, 'outlineLvl')?.attrs.val) < 9);
    const runs: Run[] = [];
    this.runs(p, runs);
    const numPr = child(pPr, 'numPr');
    const numId = child(numPr, 'numId')?.attrs.val ?? styleProp(this.styles, styleId, 'numId');
    const ilvl = Number(child(numPr, 'ilvl')?.attrs.val ?? styleProp(this.styles, styleId, 'ilvl') ?? 0);
    const content = runs.map((r) => r.text).join('');
    const label = numId && content.trim() ? this.counter.next(numId, ilvl) : numId ? (this.counter.next(numId, ilvl), '') : '';
    if (!content.trim()) return '';
    // A stem printed in bold with its answers also underlined: the bold says nothing, the underline does.
    // An emphasis every run with text shares is the paragraph's style (unless it is the only run).
    const contentRuns = runs.filter((r) => r.content);
    const shared = contentRuns.length > 1 ? [...'buhr'].filter((f) => contentRuns.every((r) => r.flags.includes(f))) : [];
    const marked = (r: Run) => r.content && [...r.flags].some((f) => !shared.includes(f));
    // A bold "1." alone is a number, not an answer. Whether a whole bold line means anything is the parser's call.
    const leadingNumber = (r: Run, i: number) => i === 0 && !label && runs.slice(1).some((x) => x.text.trim()) && /^\s*[(（]?\d{1,3}[)）.．、]?\s*$/.test(r.text);
    let text = runs.map((r, i) => (marked(r) && !leadingNumber(r, i) ? `${MARK_OPEN}${r.text}${MARK_CLOSE}` : r.text)).join('');
    text = text.split(`${MARK_CLOSE}${MARK_OPEN}`).join('');
    return (heading ? HEADING_MARK : '') + (label ? AUTO_NUMBER_MARK + label : '') + text;
  }
}

function cellText(writer: ParagraphWriter, tc: XmlElement): string {
  const parts: string[] = [];
  for (const c of elements(tc)) {
    if (c.name === 'p') parts.push(writer.write(c).replace(HEADING_MARK, '').replace(AUTO_NUMBER_MARK, ''));
    else if (c.name === 'tbl') parts.push(...tableRows(writer, c).map((r) => r.join(' ')));
    else if (c.name === 'sdt') parts.push(...elements(child(c, 'sdtContent') ?? c, 'p').map((p) => writer.write(p)));
  }
  return parts.map((t) => t.replace(/\n/g, ' ').trim()).filter(Boolean).join(' ');
}

function tableRows(writer: ParagraphWriter, tbl: XmlElement): string[][] {
  const rows: string[][] = [];
  for (const tr of elements(tbl, 'tr')) {
    const cells: string[] = [];
    for (const tc of elements(tr, 'tc')) cells.push(cellText(writer, tc));
    if (cells.some((c) => c.trim())) rows.push(cells);
  }
  return rows;
}

const ANSWER_CELL = /^(?:[A-FＡ-Ｆ]{1,6}|[A-F](?:[、,，\s][A-F]){1,5}|[√×✓✗✔✘]|对|错|正确|错误)$/;

/** A table row as one line: "1 | 题干 | B" → "1.\t题干\t答案：B" (a number cell and an answer cell say so). */
function rowLine(cells: string[]): string {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length === 0) return '';
  const out = [...filled];
  if (/^\d{1,3}$/.test(out[0]) && out.length > 1) out[0] = `${out[0]}.`;
  const last = out[out.length - 1];
  const bare = last.replace(/[\uE000\uE001]/g, '');
  if (out.length > 1 && ANSWER_CELL.test(bare) && !/^[A-F][.．、]/.test(bare) && !/^(?:题号|答案)/.test(out[0])) out[out.length - 1] = `答案：${bare}`;
  // The mark goes last: the line's start may be cut off as a question number.
  return out.join('\t') + TABLE_ROW_MARK;
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
