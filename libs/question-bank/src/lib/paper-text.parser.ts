/**
 * Exam-paper text → Question[]. A line classifier (paper-text.lexer) feeds a small state machine
 * that cuts the paper into one block per numbered question; an answer key printed after the
 * questions (answer-key) is matched to them by section and number; question-builders reads each
 * block. Pure: no I/O.
 */
import type { ImportFormat, NumberingStyle, Question, QuestionReport, QuestionType } from '@jingsai/domain';
import { type KeyEntry, KeyReader, bareSequence, keyEvidence, restIsKey } from './answer-key';
import { ANSWER_PREFIX, BRACKET_LETTERS, CHOICE_ANSWER_LINE, TF_BRACKET } from './answer-text';
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
import { splitOptions } from './choice.builder';
import { type QuestionBlock, type SourceLine, type Warning } from './question-block';
import { buildBlock } from './question-builders';
import { AUTO_NUMBER_MARK, HEADING_MARK, MARK_OPEN, foldWidth, hasBlank, rawIndex, splitLines, stripMarks } from './text.util';

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

interface Section {
  index: number;
  kind: SectionKind | 'infer';
  label?: string;
  ordinal?: number;
  /** The printed number of the part (第二篇 → 2) the section is in; 0 before any part. */
  part: number;
}

interface PendingBlock extends QuestionBlock {
  label?: string;
  category?: string;
  section: number;
  style: NumberingStyle;
  /** Warnings about this question found while matching the answer key. */
  notes: Warning[];
  track: Track;
}

/** Where the machine is: before any heading ('infer'), or in a section of a known kind. */
interface State {
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

const LEADING_TF = /^\s*([(（][\s\u3000]*(?:√|×|✓|✗|对|错)[\s\u3000]*[)）])\s*((?:\d{1,3}|[０-９]{1,3})\s*[.．、].*)$/;
const KEY_GRID = /^\s*题\s*号[\s:：|｜]+\d/;

/** How far a question number may jump ahead and still be read as the next question (papers skip numbers). */
const MAX_LINE_GAP = 20;
const MAX_INLINE_GAP = 5;

/** What the parser keeps per block while lines arrive, so long blocks cost no rescans. */
interface Track {
  /** An answer prefix (答案：/答：) has been seen. */
  answering: boolean;
  /** The last point number ("1、" "2、" at a line start) inside the answer, to tell points from questions. */
  lastPoint: number;
  /** Every line so far has a blank and no answer prefix. */
  allBlank: boolean;
}

function track(t: Track, text: string, first: boolean): void {
  const plainText = stripMarks(text);
  if (ANSWER_PREFIX.test(plainText)) t.answering = true;
  const m = plainText.match(/^\s*(\d{1,2})\s*[、.．](?!\d)/);
  if (t.answering && m && !first) t.lastPoint = Number(m[1]);
  t.allBlank = t.allBlank && hasBlank(plainText) && !ANSWER_PREFIX.test(plainText);
}

function lastPointNo(block: PendingBlock): number {
  return block.track.lastPoint;
}

/** True when a blank question still waits for its answer: its stem has blanks and no line without blanks followed. */
function blankAwaitingAnswer(block: PendingBlock): boolean {
  if (block.kind !== 'blank' || !block.track.allBlank) return false;
  const first = block.parts.map((p) => stripMarks(p.text)).join('');
  // An answer already at the end of the stem line ("…____。恢复原貌;等价赔偿").
  return !/[_＿）)][^_＿]*[。？?！!]\s*[^\s_＿]+[^_＿]*$/.test(first);
}

/** Does the block already carry an answer of its own (so a following "参考答案：" cannot be its label)? */
function blockHasAnswer(block: QuestionBlock): boolean {
  // Word: an answer shown in bold/underline/red counts.
  if (block.parts.some((p) => p.text.includes(MARK_OPEN))) return true;
  const text = block.parts.map((p) => stripMarks(p.text)).join('\n');
  BRACKET_LETTERS.lastIndex = 0;
  const bracket = BRACKET_LETTERS.test(text);
  BRACKET_LETTERS.lastIndex = 0;
  return ANSWER_PREFIX.test(text) || bracket || TF_BRACKET.test(text) || text.split('\n').some((l) => CHOICE_ANSWER_LINE.test(l.trim()));
}

/** Does the text at line i on look like questions (so a heading inside an answer key starts questions again)? */
function questionsAhead(plain: string[], i: number): boolean {
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

export function parsePaperText(text: string, opts: ParseOptions = {}): ParseResult {
  const points = { ...DEFAULT_POINTS, ...opts.defaultPoints };
  const format = opts.format ?? 'text';
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

  /** A key heading starts an answer key when what follows reads like one. */
  const startsKey = (i: number, heading: { rest: string; weak: boolean; colon: boolean }): boolean => {
    if (blocks.length === 0 && !state.block) return false;
    if (heading.rest.trim()) {
      if (restIsKey(heading.rest)) return true;
      // "答案：√×√" / "答案：BCAD" after a section whose questions have no answers: one per question.
      const sequence = bareSequence(heading.rest);
      const section = [...blocks.filter((b) => b.section === state.section), ...(state.block ? [state.block] : [])];
      return !!sequence && sequence.length >= 2 && sequence.length === section.length && section.every((b) => !blockHasAnswer(b));
    }
    const evidence = keyEvidence(nextText(i));
    const block = state.block;
    // "参考答案：" right under a short question still waiting for its answer is that answer's label.
    const labelLike = heading.weak || (heading.colon && !!block && (block.kind === 'short' || block.kind === 'infer') && !blockHasAnswer(block));
    if (evidence === 'strong') return true;
    if (labelLike) return false;
    return evidence === 'part' || evidence === 'entry';
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
    if (key && ('grid' in key || startsKey(i, key))) {
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
  for (const block of blocks) for (const p of block.parts) used.add(p.line);
  const questions: Question[] = [];
  const reports: QuestionReport[] = [];
  const byLine = new Map<number, Warning[]>();
  for (const w of warnings) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  const builtLines = new Set<number>();
  for (const block of blocks) {
    const built = buildBlock(block);
    if (!built) {
      // Not a question after all: its lines are prose (reported as skipped below).
      for (const p of block.parts) used.delete(p.line);
      continue;
    }
    const own = [...block.notes, ...built.warnings];
    warnings.push(...own);
    const base = {
      points: points[built.core.type],
      ...(block.category ? { category: block.category } : {}),
      ...(built.explanation ? { explanation: built.explanation } : {}),
      source: { ...(opts.file ? { file: opts.file } : {}), line: block.line },
      tags: block.label ? [block.label] : [],
      ...(built.draft ? { draft: true } : {}),
    };
    questions.push({ ...built.core, ...base } as Question);
    reports.push({
      layout: { format, numbering: block.style, ...(built.layout.options ? { options: built.layout.options } : {}), answer: built.layout.answer },
      warnings: [...(byLine.get(block.line) ?? []), ...own].sort((a, b) => a.line - b.line),
    });
    builtLines.add(block.line);
  }
  // Lines shared by a prose block and a question (several on one line) stay used.
  for (const block of blocks) if (builtLines.has(block.line)) for (const p of block.parts) used.add(p.line);

  reportSkipped(lines, used, warnings);
  if (questions.length === 0) warnings.push({ line: 0, message: '未识别到任何题目 / No questions recognised' });
  return { questions, warnings: dedupe(warnings).sort((a, b) => a.line - b.line), reports };
}

function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const k = `${w.line}\u0000${w.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const kindMatches = (section: SectionKind | 'infer', key: SectionKind): boolean =>
  section === key ||
  (section === 'choice' && (key === 'single' || key === 'multiple')) ||
  (key === 'choice' && (section === 'single' || section === 'multiple'));

/**
 * Gives each question its answer from the key: a group under a section heading goes to the section
 * of that kind (and part, and number when printed), a key without headings goes by number (or, when
 * every section restarts at 1, run by run). Mismatches are warnings on their line, never a shift.
 */
function applyKey(sections: Section[], blocks: PendingBlock[], keys: KeyReader, regions: { section: number; questionsAfter: boolean }[], warnings: Warning[]): void {
  for (const g of keys.groups) warnings.push(...g.problems);
  const bySection = new Map<number, PendingBlock[]>();
  for (const b of blocks) {
    const list = bySection.get(b.section);
    if (list) list.push(b);
    else bySection.set(b.section, [b]);
  }
  // Sections whose questions mostly carry no answer of their own are where a key's answers go.
  const needsKey = (s: Section): boolean => {
    const list = bySection.get(s.index) ?? [];
    return list.filter((b) => !blockHasAnswer(b)).length * 2 > list.length;
  };
  const all = sections.filter((s) => bySection.has(s.index));
  const withBlocks = [...all.filter(needsKey), ...all.filter((s) => !needsKey(s))];
  const taken = new Set<number>();

  const assign = (blocksOf: PendingBlock[], entries: KeyEntry[]): void => {
    const byNo = new Map<number, PendingBlock>();
    for (const b of blocksOf) if (!byNo.has(b.no)) byNo.set(b.no, b);
    for (const e of entries) {
      if (!e.value) continue; // a range whose answers did not fit: already reported on its line
      const b = byNo.get(e.no);
      if (!b) warnings.push({ line: e.line, message: `答案表第 ${e.no} 题没有对应的题目 / Key entry ${e.no} has no matching question` });
      else if (b.key) warnings.push({ line: e.line, message: `答案表第 ${e.no} 题重复，采用第一个 / Key entry ${e.no} appears twice; the first is used` });
      else b.key = { value: e.value, line: e.line, ...(e.explanation ? { explanation: e.explanation } : {}) };
    }
    for (const b of blocksOf) {
      if (!b.key) b.notes.push({ line: b.line, message: `答案表中没有第 ${b.no} 题的答案 / The answer key has no entry for question ${b.no}` });
    }
  };

  const loose: KeyEntry[] = [];
  let looseLine = 0;
  for (const g of keys.groups) {
    if (g.entries.length === 0) continue;
    if (g.kind) {
      const kind = g.kind;
      const open = withBlocks.filter((s) => !taken.has(s.index));
      const inPart = (s: Section) => g.part === 0 || s.part === g.part;
      const pick =
        open.find((s) => inPart(s) && kindMatches(s.kind, kind) && (g.ordinal === undefined || s.ordinal === undefined || s.ordinal === g.ordinal)) ??
        open.find((s) => inPart(s) && kindMatches(s.kind, kind)) ??
        open.find((s) => kindMatches(s.kind, kind)) ??
        open.find((s) => inPart(s) && g.ordinal !== undefined && s.ordinal === g.ordinal);
      if (!pick) {
        warnings.push({ line: g.line, message: `答案表中的“${g.label}”没有对应的题目部分 / The key's “${g.label}” matches no section of questions` });
        continue;
      }
      taken.add(pick.index);
      assign(bySection.get(pick.index) ?? [], g.entries);
      continue;
    }
    const region = regions[g.region - 1];
    if (region && (region.questionsAfter || regions.length > 1) && bySection.has(region.section) && !taken.has(region.section)) {
      // A key printed right after its own section.
      taken.add(region.section);
      assign(bySection.get(region.section) ?? [], g.entries);
      continue;
    }
    loose.push(...g.entries);
    looseLine = looseLine || g.line;
  }
  if (loose.length === 0) return;
  const untaken = withBlocks.filter((s) => !taken.has(s.index));
  const open = untaken.some(needsKey) ? untaken.filter(needsKey).sort((a, b) => a.index - b.index) : untaken;
  const openBlocks = open.flatMap((s) => bySection.get(s.index) ?? []);
  const numbers = openBlocks.map((b) => b.no);
  if (new Set(numbers).size === numbers.length) {
    assign(openBlocks, loose);
    return;
  }
  // Numbers restart in every section: the key's runs (1…n, 1…m, …) go to the sections in order.
  const runs: KeyEntry[][] = [];
  for (const e of loose) {
    const run = runs[runs.length - 1];
    if (!run || e.no <= run[run.length - 1].no) runs.push([e]);
    else run.push(e);
  }
  if (runs.length !== open.length) {
    warnings.push({
      line: looseLine,
      message: `答案表有 ${runs.length} 组编号，试题有 ${open.length} 个部分，按顺序对应 / The key has ${runs.length} runs of numbers for ${open.length} sections: matched in order`,
    });
  }
  runs.forEach((run, k) => {
    if (open[k]) assign(bySection.get(open[k].index) ?? [], run);
    else for (const e of run) warnings.push({ line: e.line, message: `答案表第 ${e.no} 题没有对应的题目 / Key entry ${e.no} has no matching question` });
  });
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
    if (!stripMarks(l).trim()) return;
    if (used.has(n)) close();
    else {
      if (!from) from = n;
      to = n;
    }
  });
  close();
}

export type { SourceLine };
