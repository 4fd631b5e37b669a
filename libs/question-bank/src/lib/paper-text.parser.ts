/**
 * Exam-paper text → Question[]. A line classifier (paper-text.lexer) feeds a small state machine
 * that cuts the paper into one block per numbered question; question-builders reads each block.
 * Pure: no I/O.
 */
import type { Question, QuestionType } from '@jingsai/domain';
import { type QuestionBlock, type SourceLine, type Warning, buildBlock } from './question-builders';
import { type NumberMark, type SectionKind, inlineNumbers, lineStartNumber, partHeading, sectionHeading } from './paper-text.lexer';
import { ANSWER_PREFIX } from './answer-text';
import { hasBlank, splitLines } from './text.util';

export interface ParseOptions {
  file?: string;
  defaultPoints?: Partial<Record<QuestionType, number>>;
}

export interface ParseResult {
  questions: Question[];
  warnings: Warning[];
}

export const DEFAULT_POINTS: Record<QuestionType, number> = { single: 10, multiple: 10, truefalse: 10, blank: 10, short: 20 };

/** Where the machine is: before any heading ('infer'), or in a section of a known kind. */
interface State {
  kind: SectionKind | 'infer';
  label?: string;
  category?: string;
  lastNo: number;
  block: (QuestionBlock & { label?: string; category?: string }) | null;
}

/** How far a question number may jump ahead and still be read as the next question (papers skip numbers). */
const MAX_LINE_GAP = 20;
const MAX_INLINE_GAP = 5;

/** The last point number ("1、" "2、" at a line start) inside a short answer, to tell points from questions. */
function lastPointNo(block: QuestionBlock): number {
  let last = 0;
  let answering = false;
  for (const p of block.parts) {
    if (ANSWER_PREFIX.test(p.text)) answering = true;
    const m = p.text.match(/^\s*(\d{1,2})\s*[、.．](?!\d)/);
    if (answering && m && p !== block.parts[0]) last = Number(m[1]);
  }
  return last;
}

/** True when a blank question still waits for its answer: its stem has blanks and no line without blanks followed. */
function blankAwaitingAnswer(block: QuestionBlock): boolean {
  if (block.kind !== 'blank') return false;
  if (!block.parts.every((p) => hasBlank(p.text) && !ANSWER_PREFIX.test(p.text))) return false;
  const first = block.parts.map((p) => p.text).join('');
  // An answer already at the end of the stem line ("…____。恢复原貌;等价赔偿").
  return !/[_＿）)][^_＿]*[。？?！!]\s*[^\s_＿]+[^_＿]*$/.test(first);
}

export function parsePaperText(text: string, opts: ParseOptions = {}): ParseResult {
  const points = { ...DEFAULT_POINTS, ...opts.defaultPoints };
  const lines = splitLines(text);
  const warnings: Warning[] = [];
  const questions: Question[] = [];
  const used = new Set<number>();
  const state: State = { kind: 'infer', lastNo: 0, block: null };

  const flush = (): void => {
    const block = state.block;
    state.block = null;
    if (!block) return;
    const built = buildBlock(block);
    if (!built) return;
    block.parts.forEach((p) => used.add(p.line));
    warnings.push(...built.warnings);
    const tags = block.label ? [block.label] : [];
    const base = {
      points: points[built.core.type],
      ...(block.category ? { category: block.category } : {}),
      ...(built.explanation ? { explanation: built.explanation } : {}),
      source: { ...(opts.file ? { file: opts.file } : {}), line: block.line },
      tags,
      ...(built.draft ? { draft: true } : {}),
    };
    questions.push({ ...built.core, ...base } as Question);
  };

  const start = (no: number, line: number, text: string): void => {
    flush();
    if (state.lastNo > 0 && no > state.lastNo + 1) {
      warnings.push({ line, message: `题号不连续：${state.lastNo} 之后是 ${no} / Numbering gap: ${no} follows ${state.lastNo}` });
    } else if (state.lastNo > 0 && no <= state.lastNo) {
      warnings.push({ line, message: `题号重复或倒退：${no} / Number ${no} repeats or goes back` });
    }
    state.lastNo = no;
    state.block = { no, line, kind: state.kind, parts: [{ line, text }], label: state.label, category: state.category };
  };

  const append = (line: number, text: string): void => {
    if (state.block && text.trim()) state.block.parts.push({ line, text });
  };

  /** Does number `no` at the start of a line open a new question? */
  const opensAtLineStart = (no: number, rest: string, line: number): boolean => {
    const block = state.block;
    if (!block) return true;
    if (blankAwaitingAnswer(block) && !hasBlank(rest)) {
      warnings.push({ line, message: `第 ${line} 行 "${no}." 后无空，按上一题答案处理 / "${no}." has no blank: read as the answer of the previous question` });
      return false;
    }
    if (block.kind === 'short' || block.kind === 'infer') {
      if (lastPointNo(block) === no - 1) return false;
      return no > state.lastNo && no <= state.lastNo + MAX_LINE_GAP;
    }
    return no > state.lastNo ? no <= state.lastNo + MAX_LINE_GAP : true;
  };

  const opensInline = (mark: NumberMark, lastNo: number): boolean => {
    if (mark.no <= lastNo || mark.no > lastNo + MAX_INLINE_GAP) return false;
    return !(state.block && lastPointNo(state.block) === mark.no - 1);
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const text = raw.replace(/\s+$/, '');
    if (!text.trim()) return;
    const section = sectionHeading(text);
    if (section) {
      flush();
      Object.assign(state, { kind: section.kind, label: section.label, lastNo: 0 });
      used.add(lineNo);
      return;
    }
    const part = partHeading(text);
    if (part !== null) {
      flush();
      // A part without a section heading holds prose until a section starts.
      Object.assign(state, { kind: 'infer', label: undefined, category: part || undefined, lastNo: 0 });
      used.add(lineNo);
      return;
    }
    // Cut the line where questions start: at its beginning and wherever "N." follows a sentence end.
    const head = lineStartNumber(text);
    let cursor = 0;
    let opened: { no: number; textIndex: number } | null = null;
    if (head && !(head.decimal && head.no !== state.lastNo + 1) && opensAtLineStart(head.no, text.slice(head.textIndex), lineNo)) opened = head;
    else if (head && state.block?.kind === 'blank' && blankAwaitingAnswer(state.block)) {
      cursor = head.textIndex; // "7.着装;仪容;…": drop the wrong number, keep the answer.
    }
    const cuts: { no: number; index: number; textIndex: number }[] = opened ? [{ ...opened, index: 0 }] : [];
    let lastNo = opened ? opened.no : state.lastNo;
    for (const mark of inlineNumbers(text)) {
      if (mark.index < (opened?.textIndex ?? cursor)) continue;
      if (opensInline(mark, lastNo)) {
        cuts.push(mark);
        lastNo = mark.no;
      }
    }
    if (cuts.length === 0 || cuts[0].index > cursor) append(lineNo, text.slice(cursor, cuts[0]?.index ?? text.length));
    cuts.forEach((cut, k) => {
      start(cut.no, lineNo, text.slice(cut.textIndex, cuts[k + 1]?.index ?? text.length));
    });
  });
  flush();

  reportSkipped(lines, used, warnings);
  if (questions.length === 0) warnings.push({ line: 0, message: '未识别到任何题目 / No questions recognised' });
  return { questions, warnings: warnings.sort((a, b) => a.line - b.line) };
}

/** Text that is neither a heading nor part of a question was skipped: say so once per stretch. */
function reportSkipped(lines: string[], used: Set<number>, warnings: Warning[]): void {
  let from = 0;
  let to = 0;
  const close = (): void => {
    if (from) warnings.push({ line: from, message: `第 ${from}–${to} 行不是题目，已跳过 / Lines ${from}–${to} are not questions and were skipped` });
    from = 0;
  };
  lines.forEach((l, i) => {
    const n = i + 1;
    if (!l.trim()) return;
    if (used.has(n)) close();
    else {
      if (!from) from = n;
      to = n;
    }
  });
  close();
}

export type { SourceLine };
