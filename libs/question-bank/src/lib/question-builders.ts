/** Turns the lines of one numbered question into a Question, by section kind. Pure. */
import type { Question, QuestionOption } from '@jingsai/domain';
import {
  ANSWER_PREFIX,
  BRACKET_LETTERS,
  CHOICE_ANSWER_LINE,
  TF_BRACKET,
  keyPointsOf,
  letterList,
  splitBlankAnswer,
  trueFalseWord,
} from './answer-text';
import type { SectionKind } from './paper-text.lexer';
import { BRACKET_MARKER, EMPTY_BRACKETS, UNDERSCORE_BLANK, countBlanks, hasBlank, joinWrapped, normaliseBlanks, trimClause } from './text.util';

export interface SourceLine {
  line: number;
  text: string;
}

export interface QuestionBlock {
  no: number;
  line: number;
  /** 'infer' when no section heading says what the questions are. */
  kind: SectionKind | 'infer';
  /** parts[0] is the text after "N." on the first line. */
  parts: SourceLine[];
}

export interface Warning {
  line: number;
  message: string;
}

/** A question without the fields the parser adds afterwards (points, category, tags, source). */
export type QuestionCore =
  | { type: 'single'; stem: string; options: QuestionOption[]; answer: string }
  | { type: 'multiple'; stem: string; options: QuestionOption[]; answer: string[] }
  | { type: 'truefalse'; stem: string; answer: boolean | null }
  | { type: 'blank'; stem: string; blanks: string[][] }
  | { type: 'short'; stem: string; reference: string; keyPoints: string[] };

export interface Built {
  core: QuestionCore;
  draft: boolean;
  explanation?: string;
  warnings: Warning[];
}

const EXPLANATION = /(?:解析|【解析】)\s*[:：]?\s*(.*)$/;

/** Tidies a stem: joined lines, canonical blanks, no stray spaces next to a blank marker. */
function tidyStem(lines: string[]): string {
  return normaliseBlanks(joinWrapped(lines))
    .replace(/[ \t\u3000]+(?=（　）)/g, '')
    .replace(/(?<=（　）)[ \t\u3000]+/g, '')
    .trim();
}

function takeExplanation(parts: SourceLine[]): { parts: SourceLine[]; explanation?: string } {
  let explanation: string | undefined;
  const kept: SourceLine[] = [];
  for (const p of parts) {
    const m = p.text.match(EXPLANATION);
    if (m && /^\s*(?:【?解析】?)/.test(p.text.slice(m.index))) {
      explanation = joinWrapped([explanation ?? '', m[1]]);
      const before = p.text.slice(0, m.index);
      if (before.trim()) kept.push({ line: p.line, text: before });
    } else kept.push(p);
  }
  return { parts: kept, explanation };
}

// ---------- choice ----------

interface OptionSplit {
  stem: string;
  options: QuestionOption[];
}

const OPTION_KEYS = 'ABCDEFGH';

function optionMarker(key: string): RegExp {
  // A marker is "A." "A．" "A、" "A:" or "A " — never a letter inside a Latin word or a bracket.
  return new RegExp(`(?<![A-Za-z0-9(（、,，])${key}(?:[ \\t\\u3000]*[.．、:：]|[ \\t\\u3000]+(?=\\S))`, 'g');
}

/** Finds options A, B, C… in order; the stem is what precedes A. */
export function splitOptions(text: string): OptionSplit | null {
  const firstA = optionMarker('A');
  for (const a of text.matchAll(firstA)) {
    const marks: { start: number; end: number }[] = [{ start: a.index ?? 0, end: (a.index ?? 0) + a[0].length }];
    for (const key of OPTION_KEYS.slice(1)) {
      const re = optionMarker(key);
      re.lastIndex = marks[marks.length - 1].end;
      const m = re.exec(text);
      if (!m) break;
      marks.push({ start: m.index, end: m.index + m[0].length });
    }
    if (marks.length < 2) continue;
    const options = marks.map((m, i) => ({
      key: OPTION_KEYS[i],
      text: trimClause(joinWrapped(text.slice(m.end, i + 1 < marks.length ? marks[i + 1].start : text.length).split('\n'))),
    }));
    if (options.some((o) => !o.text)) continue;
    return { stem: text.slice(0, marks[0].start), options };
  }
  return null;
}

/** "(A)(B)(C)(D)" used as option markers rather than answers: rewrite them as "A." so splitOptions sees them. */
function bracketOptionMarkers(text: string): string {
  const found = [...text.matchAll(/[(（]([A-H])[)）]/g)].map((m) => m[1]);
  const isSequence = found.length >= 3 && found.every((k, i) => k === OPTION_KEYS[i]);
  return isSequence ? text.replace(/[(（]([A-H])[)）]\s*/g, ' $1.') : text;
}

export function buildChoice(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const { parts, explanation } = takeExplanation(block.parts);
  let lineAnswer: string[] | null = null;
  const body: string[] = [];
  for (const p of parts) {
    const t = p.text.trim();
    const whole = t.match(CHOICE_ANSWER_LINE);
    if (whole) {
      lineAnswer = letterList(whole[1]);
      continue;
    }
    // "… D.xxx  答案：B" at the end of a line.
    const tail = t.match(/(?:(?:参考|正确|标准)?答案|答)\s*[:：]?\s*([A-F](?:[\s、,，.．]*[A-F])*)\s*[。.]?$/);
    if (tail && tail.index && /[\s\u3000。；;）)]/.test(t[tail.index - 1])) {
      lineAnswer = letterList(tail[1]);
      body.push(t.slice(0, tail.index));
      continue;
    }
    body.push(t);
  }
  let text = bracketOptionMarkers(body.join('\n'));
  const bracketAnswers: string[][] = [];
  const split0 = splitOptions(text.replace(BRACKET_LETTERS, (m) => ' '.repeat(m.length)));
  // Only brackets in the stem hold the answer; option text keeps its brackets.
  const stemLimit = split0 ? split0.stem.length : text.length;
  text = text.replace(BRACKET_LETTERS, (m: string, letters: string | undefined, quoted: string | undefined, offset: number) => {
    if (offset >= stemLimit) return m;
    bracketAnswers.push(letterList(letters ?? quoted ?? ''));
    return quoted ? `“${BRACKET_MARKER}”` : BRACKET_MARKER;
  });
  const split = splitOptions(text);
  if (!split) {
    if (kind === 'infer') return null;
    warnings.push({ line: block.line, message: '选择题未识别到选项 / No options found for a choice question' });
  }
  const stem = tidyStem((split?.stem ?? text).split('\n'));
  const options = split?.options ?? [];
  const keys = new Set(options.map((o) => o.key));

  // Several one-letter brackets in one stem ("不超过(A)个…不超过(C)个…"): each bracket is its own
  // choice, which the model can only hold as a blank question whose answers are the option texts.
  if (bracketAnswers.length >= 2 && bracketAnswers.every((a) => a.length === 1)) {
    const blanks = bracketAnswers.map(([k]) => {
      const opt = options.find((o) => o.key === k);
      return opt ? [opt.text, k] : [k];
    });
    warnings.push({
      line: block.line,
      message: `一题多个括号答案，已导入为填空题 / ${bracketAnswers.length} bracketed answers in one stem: imported as a blank question`,
    });
    const optionLine = options.map((o) => `${o.key}.${o.text}`).join(' ');
    return { core: { type: 'blank', stem: optionLine ? `${stem}\n${optionLine}` : stem, blanks }, draft: false, explanation, warnings };
  }

  let answer: string[] = lineAnswer ?? bracketAnswers[0] ?? [];
  if (lineAnswer && bracketAnswers[0] && lineAnswer.join() !== bracketAnswers[0].join()) {
    warnings.push({ line: block.line, message: '括号答案与答案行不一致，采用答案行 / Bracket and answer line disagree; the answer line wins' });
    answer = lineAnswer;
  }
  if (kind === 'infer' && (options.length < 2 || (answer.length === 0 && options.length < 3))) return null;
  let draft = false;
  if (answer.length === 0) {
    draft = true;
    warnings.push({ line: block.line, message: '未找到答案，已作为草稿导入 / No answer found: imported as a draft' });
  } else if (answer.some((k) => !keys.has(k))) {
    warnings.push({ line: block.line, message: `答案 ${answer.join('')} 不在选项中，已作为草稿导入 / Answer ${answer.join('')} is not among the options: imported as a draft` });
    draft = true;
    answer = [];
  }
  const multiple = kind === 'multiple' || answer.length > 1;
  if (kind === 'single' && answer.length > 1) {
    warnings.push({ line: block.line, message: '单选题给出多个答案，已导入为多选题 / Several answers in a single-choice section: imported as multiple choice' });
  }
  const core: QuestionCore = multiple
    ? { type: 'multiple', stem, options, answer }
    : { type: 'single', stem, options, answer: answer[0] ?? '' };
  return { core, draft, explanation, warnings };
}

// ---------- true / false ----------

export function buildTrueFalse(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const { parts, explanation } = takeExplanation(block.parts);
  let answer: boolean | null = null;
  const body: string[] = [];
  for (const p of parts) {
    let t = p.text.trim();
    const prefix = t.match(ANSWER_PREFIX);
    if (prefix && prefix.index !== undefined) {
      const value = trueFalseWord(t.slice(prefix.index + prefix[0].length));
      if (value !== null) {
        answer = value;
        t = t.slice(0, prefix.index);
      }
    } else if (body.length > 0 && trueFalseWord(t) !== null) {
      answer = trueFalseWord(t);
      continue;
    }
    const bracket = t.match(TF_BRACKET);
    if (bracket && answer === null) {
      answer = trueFalseWord(bracket[1]);
      t = t.replace(TF_BRACKET, BRACKET_MARKER);
    }
    const trailing = t.match(/[\s\u3000]([√×✓✗])\s*$/);
    if (trailing && answer === null) {
      answer = trueFalseWord(trailing[1]);
      t = t.slice(0, trailing.index);
    }
    if (t.trim()) body.push(t);
  }
  if (kind === 'infer' && answer === null) return null;
  const draft = answer === null;
  if (draft) warnings.push({ line: block.line, message: '未找到答案，已作为草稿导入 / No answer found: imported as a draft' });
  return { core: { type: 'truefalse', stem: tidyStem(body), answer }, draft, explanation, warnings };
}

// ---------- fill in the blank ----------

export function buildBlank(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const { parts, explanation } = takeExplanation(block.parts);
  const stemLines: string[] = [];
  const answerLines: string[] = [];
  for (const [i, p] of parts.entries()) {
    const t = p.text.trim();
    const prefix = t.match(ANSWER_PREFIX);
    if (prefix && prefix.index !== undefined) {
      if (prefix.index > 0) stemLines.push(t.slice(0, prefix.index));
      answerLines.push(t.slice(prefix.index + prefix[0].length));
    } else if (answerLines.length === 0 && (i === 0 || hasBlank(t))) stemLines.push(t);
    else answerLines.push(t);
  }
  let stem = joinWrapped(stemLines);
  // Answer at the end of the stem line ("…____。恢复原貌;等价赔偿") or in brackets after it.
  if (answerLines.length === 0) {
    const blanks = [...stem.matchAll(UNDERSCORE_BLANK), ...stem.matchAll(EMPTY_BRACKETS)];
    const lastBlankEnd = Math.max(0, ...blanks.map((m) => (m.index ?? 0) + m[0].length));
    const after = stem.slice(lastBlankEnd);
    const bracket = after.match(/[(（]([^()（）]*[^()（）\s\u3000][^()（）]*)[)）]\s*[。.]?\s*$/);
    const sentenceEnd = after.search(/[。？?！!]/);
    if (blanks.length > 0 && bracket && bracket.index !== undefined) {
      answerLines.push(bracket[1].replace(/^(?:(?:参考)?答案\s*[:：]?)/, ''));
      stem = stem.slice(0, lastBlankEnd + bracket.index).trim();
    } else if (blanks.length > 0 && sentenceEnd >= 0 && after.slice(sentenceEnd + 1).trim()) {
      answerLines.push(after.slice(sentenceEnd + 1));
      stem = stem.slice(0, lastBlankEnd + sentenceEnd + 1);
    }
  }
  const blankCount = countBlanks(stem);
  if (kind === 'infer' && (blankCount === 0 || answerLines.length === 0)) return null;
  if (blankCount === 0) warnings.push({ line: block.line, message: '填空题题干中没有空 / No blank in the stem of a fill-in question' });
  const answer = answerLines.map((a) => a.trim()).filter(Boolean).join('；');
  if (!answer) {
    warnings.push({ line: block.line, message: '未找到答案，已作为草稿导入 / No answer found: imported as a draft' });
    return { core: { type: 'blank', stem: tidyStem([stem]), blanks: [] }, draft: true, explanation, warnings };
  }
  // "…和地址 供": a lone character after a space is a stem fragment that slid onto the answer line.
  const stray = /(?<=[\u4e00-\u9fff])[ \t\u3000]+[\u4e00-\u9fff]$/;
  const { items, exact } = splitBlankAnswer(answer.replace(stray, ''), blankCount);
  if (stray.test(answer)) {
    warnings.push({ line: block.line, message: '答案末尾的孤立字符已忽略 / A stray character at the end of the answer was ignored' });
  }
  if (!exact) {
    warnings.push({ line: block.line, message: `答案数 ${items.length} 与空数 ${blankCount} 不符，请核对 / ${items.length} answers for ${blankCount} blanks: please check` });
  }
  return { core: { type: 'blank', stem: tidyStem([stem]), blanks: items.map((x) => [x]) }, draft: false, explanation, warnings };
}

// ---------- short answer ----------

export function buildShort(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const stemLines: string[] = [];
  const answerLines: string[] = [];
  const hasMarker = block.parts.some((p) => ANSWER_PREFIX.test(p.text));
  if (kind === 'infer' && !hasMarker) return null;
  let inAnswer = false;
  for (const [i, p] of block.parts.entries()) {
    const t = p.text.trim();
    if (inAnswer) {
      answerLines.push(t);
      continue;
    }
    const prefix = t.match(ANSWER_PREFIX);
    if (prefix && prefix.index !== undefined) {
      if (prefix.index > 0) stemLines.push(t.slice(0, prefix.index));
      answerLines.push(t.slice(prefix.index + prefix[0].length));
      inAnswer = true;
    } else if (i === 0 || hasMarker) stemLines.push(t);
    else {
      answerLines.push(t);
      inAnswer = true;
    }
  }
  // "问…？" / "问：…" labels the question; the label is not part of it.
  const stem = tidyStem(stemLines).replace(/^问\s*[:：]?\s*/, '');
  const reference = answerLines.map((l) => l.trim()).filter(Boolean).join('\n');
  const draft = !reference;
  if (draft) warnings.push({ line: block.line, message: '未找到参考答案，已作为草稿导入 / No reference answer found: imported as a draft' });
  return { core: { type: 'short', stem, reference, keyPoints: keyPointsOf(reference) }, draft, warnings };
}

/** Without a section heading, the content decides; a block with no sign of being a question is prose. */
export function buildInferred(block: QuestionBlock): Built | null {
  return buildChoice(block, 'infer') ?? buildTrueFalse(block, 'infer') ?? buildBlank(block, 'infer') ?? buildShort(block, 'infer');
}

export function buildBlock(block: QuestionBlock): Built | null {
  switch (block.kind) {
    case 'blank':
      return buildBlank(block, 'blank');
    case 'choice':
    case 'single':
    case 'multiple':
      return buildChoice(block, block.kind);
    case 'truefalse':
      return buildTrueFalse(block, 'truefalse');
    case 'short':
      return buildShort(block, 'short');
    default:
      return buildInferred(block);
  }
}

export type { Question };
