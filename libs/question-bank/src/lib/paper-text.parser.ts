/**
 * Exam-paper text → Question[]. A line classifier (paper-text.lexer) feeds a small state machine
 * that cuts the paper into one block per numbered question (paper-blocks); an answer key printed
 * after the questions (answer-key) is matched to them by section and number (paper-key.match);
 * paper-questions builds each block. Pure: no I/O.
 */
import type { ImportFormat, NumberingStyle, Question, QuestionReport, QuestionType } from '@jingsai/domain';
import { KeyReader } from './answer-key';
import { keyEvidence } from './key-entries';
import {
  type PendingBlock,
  type Section,
  type State,
  KEY_GRID,
  LEADING_TF,
  MAX_INLINE_GAP,
  MAX_LINE_GAP,
  type Track,
  blankAwaitingAnswer,
  lastPointNo,
  questionsAhead,
  startsKey,
  track,
} from './paper-blocks';
import { applyKey } from './paper-key.match';
import { buildQuestions, dedupe, reportSkipped } from './paper-questions';
import {
  type NumberMark,
  type SectionKind,
  inlineNumbers,
  keyHeading,
  lineStartNumber,
  looseSectionHeading,
  partHeading,
  partOrdinal,
  sectionHeading,
  sectionHeadingWithRest,
} from './paper-text.lexer';
import { type SourceLine, type Warning } from './question-block';
import { AUTO_NUMBER_MARK, HEADING_MARK, foldWidth, hasBlank, rawIndex, splitLines, stripMarks } from './text.util';

export interface ParseOptions {
  file?: string;
  defaultPoints?: Partial<Record<QuestionType, number>>;
  /** Where the text came from, for the per-question layout report (default 'text'). */
  format?: ImportFormat;
}

export interface ParseResult {
  questions: Question[];
  warnings: Warning[];
  /** One per question, same order: the layout recognised and the warnings about that question. */
  reports?: QuestionReport[];
}

export const DEFAULT_POINTS: Record<QuestionType, number> = { single: 10, multiple: 10, truefalse: 10, blank: 10, short: 20 };

export function parsePaperText(text: string, opts: ParseOptions = {}): ParseResult {
  // "（√）1．…": a true/false mark printed before the number goes after the question.
  const lines = splitLines(text).map((l) => l.replace(LEADING_TF, '$2$1'));
  const plain = lines.map((l) => stripMarks(l));
  const warnings: Warning[] = [];
  const blocks: PendingBlock[] = [];
  const sections: Section[] = [{ index: 0, kind: 'infer', part: 0 }];
  const used = new Set<number>();
  const state: State = { kind: 'infer', section: 0, part: 0, style: null, lastNo: 0, block: null };
  const keys = new KeyReader();
  /** Key regions: the section the questions were in when each began, and whether questions followed it. */
  const regions: { section: number; questionsAfter: boolean }[] = [];
  let mode: 'questions' | 'key' = 'questions';
  /** The current key region holds bare entries (a key under its own section), not section headings. */
  let regionInline = false;

  /** The next non-empty line after line index i ('' at the end). */
  const nextText = (i: number): string => {
    for (let j = i + 1; j < plain.length; j++) if (plain[j].trim()) return plain[j];
    return '';
  };

  const flush = (): void => {
    if (state.block) blocks.push(state.block);
    state.block = null;
  };

  const newSection = (kind: SectionKind | 'infer', label?: string, ordinal?: number): void => {
    flush();
    const index = sections.length;
    sections.push({ index, kind, label, ordinal, part: state.part });
    Object.assign(state, { kind, label, section: index, style: null, lastNo: 0 });
  };

  const start = (mark: { no: number; style: NumberingStyle }, line: number, body: string, auto: boolean): void => {
    flush();
    const no = mark.no;
    if (state.lastNo > 0 && no > state.lastNo + 1) {
      warnings.push({ line, message: `题号不连续：${state.lastNo} 之后是 ${no} / Numbering gap: ${no} follows ${state.lastNo}` });
    } else if (state.lastNo > 0 && no <= state.lastNo) {
      warnings.push({ line, message: `题号重复或倒退：${no} / Number ${no} repeats or goes back` });
    }
    state.lastNo = no;
    state.style = state.style ?? mark.style;
    const t: Track = { answering: false, lastPoint: 0, allBlank: true };
    track(t, body, true);
    state.block = {
      no,
      line,
      kind: state.kind,
      track: t,
      parts: [{ line, text: body }],
      label: state.label,
      category: state.category,
      section: state.section,
      style: auto ? 'auto' : mark.style,
      notes: [],
    };
  };

  const append = (line: number, body: string): void => {
    if (state.block && stripMarks(body).trim()) {
      state.block.parts.push({ line, text: body });
      track(state.block.track, body, false);
    }
  };

  /** Does number `mark` at the start of a line open a new question? */
  const opensAtLineStart = (mark: NumberMark, rest: string, line: number): boolean => {
    const block = state.block;
    // Inside a section numbered "1." a "(1)" or "①" is a point of an answer, and the other way round.
    if (state.style && mark.style !== state.style) return false;
    if (!block) return true;
    if (blankAwaitingAnswer(block) && !hasBlank(rest)) {
      warnings.push({ line, message: `第 ${line} 行 "${mark.no}." 后无空，按上一题答案处理 / "${mark.no}." has no blank: read as the answer of the previous question` });
      return false;
    }
    if (block.kind === 'short' || block.kind === 'infer') {
      if (mark.style === 'dot' && lastPointNo(block) === mark.no - 1) return false;
      return mark.no > state.lastNo && mark.no <= state.lastNo + MAX_LINE_GAP;
    }
    return mark.no > state.lastNo ? mark.no <= state.lastNo + MAX_LINE_GAP : true;
  };

  const opensInline = (mark: NumberMark, lastNo: number): boolean => {
    if (state.style && state.style !== 'dot') return false;
    if (mark.no <= lastNo || mark.no > lastNo + MAX_INLINE_GAP) return false;
    return !(state.block && lastPointNo(state.block) === mark.no - 1);
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const rawText = raw.replace(/\s+$/, '');
    const heading = rawText.startsWith(HEADING_MARK);
    const auto = rawText.replace(HEADING_MARK, '').startsWith(AUTO_NUMBER_MARK);
    const text = plain[i].replace(/\s+$/, '');
    if (!text.trim()) return;

    if (mode === 'key') {
      const section = sectionHeading(text) ?? (heading ? looseSectionHeading(text) : null);
      const part = partHeading(text);
      // A key printed under its section ("答案：1-5 BCADB") ends at the next heading unless key
      // entries follow it; a key with its own section headings ends only where questions start.
      const ends = regionInline ? keyEvidence(nextText(i)) !== 'strong' : questionsAhead(plain, i);
      if ((section || part !== null) && ends) {
        mode = 'questions';
        regions[regions.length - 1].questionsAfter = true;
      } else {
        if (keys.read(lineNo, text)) used.add(lineNo);
        return;
      }
    }

    const section = sectionHeading(text) ?? (heading && !lineStartNumber(foldWidth(text)) ? looseSectionHeading(text) : null);
    if (section) {
      newSection(section.kind, section.label, section.ordinal);
      used.add(lineNo);
      return;
    }
    const part = partHeading(text);
    if (part !== null) {
      flush();
      state.part = partOrdinal(text) ?? state.part + 1;
      // A part without a section heading holds prose until a section starts.
      newSection('infer');
      state.category = part || undefined;
      used.add(lineNo);
      return;
    }
    // A "题号 1 2 3 / 答案 B C A" grid is a key even without a heading.
    const key = keyHeading(text) ?? (KEY_GRID.test(text) && (blocks.length > 0 || state.block) ? { rest: '', weak: false, colon: false, grid: true } : null);
    if (key && ('grid' in key || startsKey(key, blocks, state, nextText(i)))) {
      flush();
      mode = 'key';
      regions.push({ section: state.section, questionsAfter: false });
      keys.startRegion(lineNo);
      const firstKeyLine = key.rest.trim() ? key.rest : nextText(i);
      regionInline = !sectionHeading(firstKeyLine.trim()) && !sectionHeadingWithRest(firstKeyLine.trim()) && partHeading(firstKeyLine.trim()) === null;
      if (key.rest.trim()) keys.read(lineNo, key.rest);
      else if ('grid' in key) keys.read(lineNo, text);
      used.add(lineNo);
      return;
    }
    if (heading && !lineStartNumber(foldWidth(text))) {
      // A Word heading that names no section or part (the paper's title): it ends the question before it.
      flush();
      used.add(lineNo);
      return;
    }
    // Cut the line where questions start: at its beginning and wherever "N." follows a sentence end.
    const folded = foldWidth(text);
    const head = lineStartNumber(folded);
    let cursor = 0;
    let opened: NumberMark | null = null;
    if (head && !(head.decimal && head.no !== state.lastNo + 1) && opensAtLineStart(head, text.slice(head.textIndex), lineNo)) opened = head;
    // A decimal ("99.9") is an answer, not a mistyped number.
    else if (head && !head.decimal && state.block?.kind === 'blank' && blankAwaitingAnswer(state.block) && head.style === (state.style ?? head.style)) {
      cursor = head.textIndex; // "7.着装;仪容;…": drop the wrong number, keep the answer.
    }
    const cuts: NumberMark[] = opened ? [{ ...opened, index: 0 }] : [];
    let lastNo = opened ? opened.no : state.lastNo;
    for (const mark of inlineNumbers(folded)) {
      if (mark.index < (opened?.textIndex ?? cursor)) continue;
      if (opensInline(mark, lastNo)) {
        cuts.push(mark);
        lastNo = mark.no;
      }
    }
    // Cut positions are in the text without marks; map them back to the raw line.
    const at = (plainIndex: number): number => (plainIndex <= 0 ? 0 : rawIndex(rawText, plainIndex - 1) + 1);
    if (cuts.length === 0 || cuts[0].index > cursor) {
      append(lineNo, rawText.slice(cursor ? at(cursor) : 0, cuts[0] ? at(cuts[0].index) : rawText.length).replace(HEADING_MARK, '').replace(AUTO_NUMBER_MARK, ''));
    }
    cuts.forEach((cut, k) => {
      const body = rawText.slice(at(cut.textIndex), cuts[k + 1] ? at(cuts[k + 1].index) : rawText.length);
      start(cut, lineNo, body, auto && opened !== null && k === 0);
    });
  });
  flush();

  applyKey(sections, blocks, keys, regions, warnings);
  const points = { ...DEFAULT_POINTS, ...opts.defaultPoints };
  const { questions, reports } = buildQuestions(blocks, warnings, used, { points, format: opts.format ?? 'text', file: opts.file });
  reportSkipped(lines, used, warnings);
  if (questions.length === 0) warnings.push({ line: 0, message: '未识别到任何题目 / No questions recognised' });
  return { questions, warnings: dedupe(warnings).sort((a, b) => a.line - b.line), reports };
}

export type { SourceLine };
