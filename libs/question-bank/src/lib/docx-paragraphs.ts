/** A paragraph's runs as text (symbols, breaks, emphasis marks) and a table's rows as lines. */
import { ListCounter } from './docx-numbering';
import { type StyleInfo, emphasis, styleProp, underlined } from './docx-styles';
import { AUTO_NUMBER_MARK, HEADING_MARK, MARK_CLOSE, MARK_OPEN, TABLE_ROW_MARK } from './text.util';
import { type XmlElement, child, elements } from './xml-lite';

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

export class ParagraphWriter {
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

export function tableRows(writer: ParagraphWriter, tbl: XmlElement): string[][] {
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
export function rowLine(cells: string[]): string {
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
