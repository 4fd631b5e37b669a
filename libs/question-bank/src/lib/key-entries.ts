/** The entries on one line of an answer key (`1.B 2.C`, `1-5 BCADB`, `√×√√`), and how strongly a line reads as a key. Pure. */
import { lineStartNumber, partHeading, sectionHeading, sectionHeadingWithRest } from './paper-text.lexer';
import { foldWidth } from './text.util';

const ANSWER_CHARS = /^(?:[A-HＡ-Ｈ]+|[√×✓✗✔✘╳]|对|错|正确|错误)$/;

/** One answer token of a bare sequence: a letter, a tick or cross, 对/错, 正确/错误. */
const TOKEN = /正确|错误|[A-H]|[√×✓✗✔✘╳]|对|错/g;

const DASH = '[-－—–~～〜至到]';

/** Numbers that open an entry: "12." "12、" "(12)" "第12题" "①" "1-5" "（1-5）". */
const ENTRY_MARK = new RegExp(
  `(?<![\\dA-Za-z.．%])(?:第\\s*)?(\\d{1,3})(?:\\s*${DASH}\\s*(\\d{1,3}))?\\s*(题)?\\s*([.．、:：)）])?|[(（]\\s*(\\d{1,3})(?:\\s*${DASH}\\s*(\\d{1,3}))?\\s*[)）]|([\\u2460-\\u2473])`,
  'g',
);

interface RawEntry {
  no: number;
  to: number;
  value: string;
}

/** Looks like one choice / true-false answer (not a blank's text). */
export function isAnswerToken(value: string): boolean {
  return ANSWER_CHARS.test(value.replace(/[\s、,，.．]/g, ''));
}

export function cleanValue(value: string): string {
  return value
    .replace(/^[\s\u3000:：.．、,，;；]+/, '')
    .replace(/[\s\u3000,，;；。]+$/, '')
    .replace(/^(?:参考)?答(?:案)?\s*[:：]\s*/, '')
    .trim();
}

/**
 * The numbered entries of one key line. `expected` is the next number the group expects:
 * a number is an entry mark when it is that number (or a little ahead), or when it opens the line.
 */
export function keyEntries(text: string, expected: number): RawEntry[] {
  const folded = foldWidth(text);
  const marks: { no: number; to: number; index: number; end: number }[] = [];
  let next = expected;
  let style = '';
  for (const m of folded.matchAll(ENTRY_MARK)) {
    const index = m.index ?? 0;
    const circled = m[7];
    // One line numbers its entries one way: "①" inside "2.①…②…" is a point of answer 2.
    const kind = circled ? 'circled' : m[5] ? 'paren' : 'dot';
    if (style && kind !== style) continue;
    const no = circled ? circled.charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[5]);
    const to = Number(m[2] ?? m[6] ?? no);
    const punctuated = !!(circled || m[4] || m[3] || m[5] || m[2] || m[6]);
    const after = folded.slice(index + m[0].length).trimStart();
    // "1B 2C": a bare number counts only right before an answer letter or tick.
    if (!punctuated && !/^(?:[A-H√×✓✗✔✘╳对错]|正确|错误)/.test(after)) continue;
    if (to < no) continue;
    const first = marks.length === 0 && folded.slice(0, index).trim() === '';
    const fits = no === next || (no > next && no <= next + 5) || (first && (no === 1 || no <= next + 20));
    if (!fits) continue;
    marks.push({ no, to, index, end: index + m[0].length });
    style = kind;
    next = to + 1;
  }
  return marks.map((mk, i) => ({ no: mk.no, to: mk.to, value: text.slice(mk.end, i + 1 < marks.length ? marks[i + 1].index : text.length) }));
}

/** A line made only of answer tokens: "√×√√", "BCADB", "AB C ABD". */
export function bareSequence(text: string): string[] | null {
  const folded = foldWidth(text).trim();
  // "TFTT": true/false written as letters (a T says it is not option letters).
  if (/^[TF\s,，、]+$/.test(folded) && folded.includes('T')) return folded.replace(/[\s,，、]/g, '').split('');
  if (!folded || !/^(?:[A-H√×✓✗✔✘╳对错\s\u3000,，、;；]|正确|错误)+$/.test(folded)) return null;
  const groups = folded.split(/[\s\u3000,，、;；]+/).filter(Boolean);
  // Letters grouped by spaces are one answer each ("ABD AC B"); otherwise every token is an answer.
  if (groups.length > 1 && groups.every((g) => /^[A-H]+$/.test(g))) return groups;
  const tokens = folded.match(TOKEN) ?? [];
  return tokens.length ? tokens : null;
}

/** Splits the value of a range entry ("1-5 BCADB", "11-15 ABC BD A C D") into one answer per number. */
export function splitRange(value: string, count: number): string[] | null {
  const v = foldWidth(value).trim();
  const groups = v.split(/[\s\u3000,，、;；]+/).filter(Boolean);
  if (groups.length === count) return groups;
  const tokens = v.replace(/[\s\u3000,，、;；]/g, '').match(TOKEN) ?? [];
  if (tokens.length === count && tokens.join('') === v.replace(/[\s\u3000,，、;；]/g, '')) return tokens;
  return null;
}

export const GRID_NUMBERS = /^\s*题\s*号[\s:：|｜]*((?:\d{1,3}[\s|｜]+)*\d{1,3})\s*$/;
export const GRID_ANSWERS = /^\s*(?:参考|正确|标准)?答\s*案[\s:：|｜]*(.+)$/;

/**
 * How strongly a line after a key heading says "this is an answer key": 'strong' for a section
 * heading, a range, several entries, a row of ticks or a grid; 'part' for a part heading; 'entry'
 * for a single numbered line starting at 1 ("1.优质；方便"); 'none' otherwise.
 */
export function keyEvidence(text: string): 'strong' | 'part' | 'entry' | 'none' {
  const t = text.trim();
  if (!t) return 'none';
  if (GRID_NUMBERS.test(t) || sectionHeading(t)) return 'strong';
  const withRest = sectionHeadingWithRest(t);
  if (!withRest && partHeading(t) !== null) return 'part';
  const body = withRest ? withRest.rest : t;
  const entries = keyEntries(body, 1);
  if (withRest && entries.length) return 'strong';
  if (entries.some((e) => e.to > e.no)) return 'strong';
  if (entries.length >= 2 && entries.filter((e) => isAnswerToken(cleanValue(e.value))).length >= Math.ceil(entries.length / 2)) return 'strong';
  if ((bareSequence(body)?.length ?? 0) >= 2) return 'strong';
  if (entries.length === 1 && isAnswerToken(cleanValue(entries[0].value))) return 'strong';
  if (entries.length >= 1 && entries[0].no === 1 && lineStartNumber(foldWidth(t))?.no === 1) return 'entry';
  return 'none';
}

/** Entries on the heading's own line ("答案：1-5 BCADB", "参考答案：1.B 2.C"), not a lone answer ("答案：ABCD"). */
export function restIsKey(rest: string): boolean {
  const withRest = sectionHeadingWithRest(rest.trim());
  const body = withRest ? withRest.rest : rest;
  // The entries start the text: "答案：电力系统…(1)…(2)…" is one question's answer with numbered points.
  if (!/^\s*(?:第\s*)?[(（]?\s*[\d０-９]|^\s*[\u2460-\u2473]/.test(body)) return false;
  const entries = keyEntries(body, 1);
  const tokens = entries.filter((e) => isAnswerToken(cleanValue(e.value))).length;
  return entries.some((e) => e.to > e.no) || (entries.length >= 2 && tokens >= Math.ceil(entries.length / 2)) || (!!withRest && entries.length >= 1);
}
