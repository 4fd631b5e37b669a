/** Small string helpers shared by the parsers. Pure. */

/** A run of underscores (half or full width), possibly broken by spaces or a line wrap, is one blank. */
export const UNDERSCORE_BLANK = /[_＿]+(?:[ \t\u3000]*[_＿]+)*/g;
/** Empty brackets are a blank too. */
export const EMPTY_BRACKETS = /[(（][ \t\u3000]*[)）]/g;
export const BLANK_MARKER = '____';
export const BRACKET_MARKER = '（　）';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》、]/;

/** Joins wrapped lines: Chinese text wraps without a space, Latin text needs one. */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    if (out && !CJK.test(out[out.length - 1]) && !CJK.test(part[0]) && !/[_＿]/.test(out[out.length - 1] + part[0])) out += ' ';
    out += part;
  }
  return out;
}

/** Normalises every blank (underscore run or empty brackets) to one canonical marker. */
export function normaliseBlanks(stem: string): string {
  return stem.replace(UNDERSCORE_BLANK, BLANK_MARKER).replace(EMPTY_BRACKETS, BRACKET_MARKER);
}

export function countBlanks(text: string): number {
  return (text.match(UNDERSCORE_BLANK)?.length ?? 0) + (text.match(EMPTY_BRACKETS)?.length ?? 0);
}

export function hasBlank(text: string): boolean {
  return countBlanks(text) > 0;
}

/** Removes punctuation that only ends a clause (an option or answer item never needs it). */
export function trimClause(text: string): string {
  return text.replace(/^[\s\u3000,，;；:：。]+/, '').replace(/[\s\u3000,，;；。.]+$/, '');
}



/** 1-based line → text, after normalising line ends and dropping a BOM. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}


/**
 * Marks the .docx reader puts into the text (private-use characters, never in a real paper):
 * around an emphasised run (bold / underline / red: how Word papers show answers), before a
 * heading-style paragraph, before a label that Word's automatic numbering drew, and before a
 * line that was a table row.
 */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
export const HEADING_MARK = '\uE002';
export const AUTO_NUMBER_MARK = '\uE003';
export const TABLE_ROW_MARK = '\uE004';
const ANY_MARK = /[\uE000-\uE004]/g;

export function stripMarks(text: string): string {
  return text.replace(ANY_MARK, '');
}

export function hasMarks(text: string): boolean {
  return /[\uE000-\uE004]/.test(text);
}

/** The index in `raw` of the character at `plainIndex` in stripMarks(raw). */
export function rawIndex(raw: string, plainIndex: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (/[\uE000-\uE004]/.test(raw[i])) continue;
    if (seen === plainIndex) return i;
    seen++;
  }
  return raw.length;
}

/** Full-width digits and Latin letters → ASCII, one character for one, so indexes stay valid. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
