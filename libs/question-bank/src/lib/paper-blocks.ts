/** The blocks the paper parser cuts a paper into, what it tracks per block, and the checks on them that decide where a question ends. Pure. */
import type { NumberingStyle } from '@jingsai/domain';
import { ANSWER_PREFIX, BRACKET_LETTERS, CHOICE_ANSWER_LINE, TF_BRACKET } from './answer-text';
import { splitOptions } from './choice.builder';
import { bareSequence, keyEvidence, restIsKey } from './key-entries';
import { type SectionKind, lineStartNumber } from './paper-text.lexer';
import { type QuestionBlock, type Warning } from './question-block';
import { MARK_OPEN, foldWidth, hasBlank, stripMarks } from './text.util';

export interface Section {
  index: number;
  kind: SectionKind | 'infer';
  label?: string;
  ordinal?: number;
  /** The printed number of the part (第二篇 → 2) the section is in; 0 before any part. */
  part: number;
}

export interface PendingBlock extends QuestionBlock {
  label?: string;
  category?: string;
  section: number;
  style: NumberingStyle;
  /** Warnings about this question found while matching the answer key. */
  notes: Warning[];
  track: Track;
}

/** Where the machine is: before any heading ('infer'), or in a section of a known kind. */
export interface State {
  kind: SectionKind | 'infer';
  label?: string;
  category?: string;
  section: number;
  part: number;
  /** The numbering style of the section's questions, fixed by its first question. */
  style: NumberingStyle | null;
  lastNo: number;
  block: PendingBlock | null;
}

export const LEADING_TF = /^\s*([(（][\s\u3000]*(?:√|×|✓|✗|对|错)[\s\u3000]*[)）])\s*((?:\d{1,3}|[０-９]{1,3})\s*[.．、].*)$/;
export const KEY_GRID = /^\s*题\s*号[\s:：|｜]+\d/;

/** How far a question number may jump ahead and still be read as the next question (papers skip numbers). */
export const MAX_LINE_GAP = 20;
export const MAX_INLINE_GAP = 5;

/** What the parser keeps per block while lines arrive, so long blocks cost no rescans. */
export interface Track {
  /** An answer prefix (答案：/答：) has been seen. */
  answering: boolean;
  /** The last point number ("1、" "2、" at a line start) inside the answer, to tell points from questions. */
  lastPoint: number;
  /** Every line so far has a blank and no answer prefix. */
  allBlank: boolean;
}

export function track(t: Track, text: string, first: boolean): void {
  const plainText = stripMarks(text);
  if (ANSWER_PREFIX.test(plainText)) t.answering = true;
  const m = plainText.match(/^\s*(\d{1,2})\s*[、.．](?!\d)/);
  if (t.answering && m && !first) t.lastPoint = Number(m[1]);
  t.allBlank = t.allBlank && hasBlank(plainText) && !ANSWER_PREFIX.test(plainText);
}

export function lastPointNo(block: PendingBlock): number {
  return block.track.lastPoint;
}

/** True when a blank question still waits for its answer: its stem has blanks and no line without blanks followed. */
export function blankAwaitingAnswer(block: PendingBlock): boolean {
  if (block.kind !== 'blank' || !block.track.allBlank) return false;
  const first = block.parts.map((p) => stripMarks(p.text)).join('');
  // An answer already at the end of the stem line ("…____。恢复原貌;等价赔偿").
  return !/[_＿）)][^_＿]*[。？?！!]\s*[^\s_＿]+[^_＿]*$/.test(first);
}

/** Does the block already carry an answer of its own (so a following "参考答案：" cannot be its label)? */
export function blockHasAnswer(block: QuestionBlock): boolean {
  // Word: an answer shown in bold/underline/red counts.
  if (block.parts.some((p) => p.text.includes(MARK_OPEN))) return true;
  const text = block.parts.map((p) => stripMarks(p.text)).join('\n');
  BRACKET_LETTERS.lastIndex = 0;
  const bracket = BRACKET_LETTERS.test(text);
  BRACKET_LETTERS.lastIndex = 0;
  return ANSWER_PREFIX.test(text) || bracket || TF_BRACKET.test(text) || text.split('\n').some((l) => CHOICE_ANSWER_LINE.test(l.trim()));
}

/** Does the text at line i on look like questions (so a heading inside an answer key starts questions again)? */
export function questionsAhead(plain: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(plain.length, i + 4); j++) {
    const t = plain[j].trim();
    if (!t) continue;
    const head = lineStartNumber(foldWidth(t));
    if (!head || keyEvidence(t) === 'strong') return false;
    const rest = t.slice(head.textIndex);
    if (ANSWER_PREFIX.test(rest)) return false;
    let next = '';
    for (let k = j + 1; k < plain.length && !next; k++) next = plain[k].trim();
    return hasBlank(rest) || /[?？]\s*$/.test(rest) || /^\s*[A-FＡ-Ｆ]\s*[.．、]/.test(next) || splitOptions(rest) !== null;
  }
  return false;
}

/** A key heading starts an answer key when what follows reads like one. */
export function startsKey(heading: { rest: string; weak: boolean; colon: boolean }, blocks: PendingBlock[], state: State, next: string): boolean {
  if (blocks.length === 0 && !state.block) return false;
  if (heading.rest.trim()) {
    if (restIsKey(heading.rest)) return true;
    // "答案：√×√" / "答案：BCAD" after a section whose questions have no answers: one per question.
    const sequence = bareSequence(heading.rest);
    const section = [...blocks.filter((b) => b.section === state.section), ...(state.block ? [state.block] : [])];
    return !!sequence && sequence.length >= 2 && sequence.length === section.length && section.every((b) => !blockHasAnswer(b));
  }
  const evidence = keyEvidence(next);
  const block = state.block;
  // "参考答案：" right under a short question still waiting for its answer is that answer's label.
  const labelLike = heading.weak || (heading.colon && !!block && (block.kind === 'short' || block.kind === 'infer') && !blockHasAnswer(block));
  if (evidence === 'strong') return true;
  if (labelLike) return false;
  return evidence === 'part' || evidence === 'entry';
}
