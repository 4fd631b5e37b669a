/** Turns the lines of one numbered question into a Question, by section kind. Pure. */
import type { AnswerLayout, OptionsLayout, Question, QuestionOption } from '@jingsai/domain';
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
import {
  BRACKET_MARKER,
  EMPTY_BRACKETS,
  MARK_CLOSE,
  MARK_OPEN,
  TABLE_ROW_MARK,
  UNDERSCORE_BLANK,
  countBlanks,
  foldWidth,
  hasBlank,
  joinWrapped,
  normaliseBlanks,
  stripMarks,
  trimClause,
} from './text.util';

export interface SourceLine {
  line: number;
  text: string;
}

/** An answer for this question from an answer key printed after the questions. */
export interface KeyAnswer {
  value: string;
  line: number;
  explanation?: string;
}

export interface QuestionBlock {
  no: number;
  line: number;
  /** 'infer' when no section heading says what the questions are. */
  kind: SectionKind | 'infer';
  /** parts[0] is the text after "N." on the first line. Text may hold the .docx reader's marks. */
  parts: SourceLine[];
  key?: KeyAnswer;
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
  layout: { options?: OptionsLayout; answer: AnswerLayout };
}

const EXPLANATION = /(?:解析|【解析】)\s*[:：]?\s*(.*)$/;

const NO_ANSWER = '未找到答案，已作为草稿导入 / No answer found: imported as a draft';

/** Tidies a stem: joined lines, canonical blanks, no stray spaces next to a blank marker. */
function tidyStem(lines: string[]): string {
  return normaliseBlanks(joinWrapped(lines.map((l) => stripMarks(l))))
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
      explanation = joinWrapped([explanation ?? '', stripMarks(m[1])]);
      const before = p.text.slice(0, m.index);
      if (before.trim()) kept.push({ line: p.line, text: before });
    } else kept.push(p);
  }
  return { parts: kept, explanation };
}

const keyLabel = (block: QuestionBlock): string => `答案表第 ${block.no} 题 / Key entry ${block.no}`;

// ---------- choice ----------

interface OptionSplit {
  stem: string;
  options: QuestionOption[];
  /** Index in the text where option A's marker starts. */
  start: number;
}

const OPTION_KEYS = 'ABCDEFGH';
const FULL = (key: string): string => String.fromCharCode(key.charCodeAt(0) + 0xfee0);

function optionMarker(key: string): RegExp {
  // A marker is "A." "A．" "A、" "A:" "A)" or "A " — never a letter inside a Latin word or a bracket.
  return new RegExp(`(?<![A-Za-z0-9(（、,，])[${key}${FULL(key)}](?:[ \\t\\u3000]*[.．、:：)）]|[ \\t\\u3000]+(?=\\S))`, 'g');
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
    return { stem: text.slice(0, marks[0].start), options, start: marks[0].start };
  }
  return null;
}

/** "(A)(B)(C)(D)" used as option markers rather than answers: rewrite the run as "A." so splitOptions sees it. */
function bracketOptionMarkers(text: string): string {
  const found = [...text.matchAll(/[(（]\s*([A-HＡ-Ｈ])\s*[)）]/g)].map((m) => ({ key: foldWidth(m[1]), index: m.index ?? 0 }));
  // The last run A, B, C… (an answer bracket such as "(B)" may come before it in the stem).
  for (let i = found.length - 1; i >= 0; i--) {
    if (found[i].key !== 'A') continue;
    const run = found.slice(i);
    if (run.length >= 3 && run.every((k, j) => k.key === OPTION_KEYS[j])) {
      const head = text.slice(0, run[0].index);
      return head + text.slice(run[0].index).replace(/[(（]\s*([A-HＡ-Ｈ])\s*[)）]\s*/g, ' $1.');
    }
    break;
  }
  return text;
}

/** Option letters shown in bold/underline/red in Word: the letter itself, or the option's text, is marked. */
function markedOptionKeys(text: string): string[] {
  const keys = new Set<string>();
  const letter = new RegExp(`${MARK_OPEN}\\s*([A-HＡ-Ｈ])\\s*(?:[.．、:：)）]|${MARK_CLOSE})`, 'g');
  const optionText = new RegExp(`(?<![A-Za-z0-9])([A-HＡ-Ｈ])\\s*[.．、:：)）]\\s*${MARK_OPEN}`, 'g');
  for (const m of text.matchAll(letter)) keys.add(foldWidth(m[1]));
  for (const m of text.matchAll(optionText)) keys.add(foldWidth(m[1]));
  return [...keys].sort();
}

function optionsLayout(text: string, split: OptionSplit, fromTable: boolean): OptionsLayout {
  if (fromTable) return 'table';
  if (!split.stem.includes('\n') && split.stem.trim()) return 'stem-line';
  return text.slice(split.start).trim().includes('\n') ? 'lines' : 'inline';
}

export function buildChoice(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const { parts, explanation } = takeExplanation(block.parts);
  const marked = markedOptionKeys(parts.map((p) => p.text).join('\n'));
  const fromTable = parts.some((p) => p.text.includes(TABLE_ROW_MARK));
  let lineAnswer: string[] | null = null;
  let lineInTable = false;
  const body: string[] = [];
  for (const p of parts) {
    const t = stripMarks(p.text).trim();
    const whole = t.match(CHOICE_ANSWER_LINE);
    if (whole) {
      lineAnswer = letterList(whole[1]);
      lineInTable = p.text.includes(TABLE_ROW_MARK);
      continue;
    }
    // "… D.xxx  答案：B" (or "（答案：B）") at the end of a line.
    const tail = t.match(/(?:[(（]\s*)?(?:[【[](?:参考|正确|标准)?答案[】\]]|(?:(?:参考|正确|标准)?答案[为是]?|答)\s*[:：]?)\s*([A-FＡ-Ｆ](?:[\s、,，.．]*[A-FＡ-Ｆ])*)\s*[)）]?\s*[。.]?$/);
    if (tail && tail.index && /[\s\u3000。；;）)]/.test(t[tail.index - 1])) {
      lineAnswer = letterList(tail[1]);
      lineInTable = p.text.includes(TABLE_ROW_MARK);
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
  const layoutOptions = split ? optionsLayout(text, split, fromTable) : undefined;

  // Several one-letter brackets in one stem ("不超过(A)个…不超过(C)个…"): each bracket is its own
  // choice, which the model can only hold as a blank question whose answers are the option texts.
  if (!block.key && bracketAnswers.length >= 2 && bracketAnswers.every((a) => a.length === 1)) {
    const blanks = bracketAnswers.map(([k]) => {
      const opt = options.find((o) => o.key === k);
      return opt ? [opt.text, k] : [k];
    });
    warnings.push({
      line: block.line,
      message: `一题多个括号答案，已导入为填空题 / ${bracketAnswers.length} bracketed answers in one stem: imported as a blank question`,
    });
    const optionLine = options.map((o) => `${o.key}.${o.text}`).join(' ');
    return {
      core: { type: 'blank', stem: optionLine ? `${stem}\n${optionLine}` : stem, blanks },
      draft: false,
      explanation,
      warnings,
      layout: { options: layoutOptions, answer: 'stem' },
    };
  }

  let answer: string[] = [];
  let source: AnswerLayout = 'none';
  let answerLine = block.line;
  const inline = lineAnswer ?? bracketAnswers[0] ?? null;
  if (lineAnswer && bracketAnswers[0] && lineAnswer.join() !== bracketAnswers[0].join()) {
    warnings.push({ line: block.line, message: '括号答案与答案行不一致，采用答案行 / Bracket and answer line disagree; the answer line wins' });
  }
  if (block.key) {
    const keyed = letterList(block.key.value);
    const clean = foldWidth(block.key.value).replace(/[\s、,，.．;；]/g, '');
    if (keyed.length === 0 || !/^[A-Ha-h]+$/.test(clean)) {
      warnings.push({ line: block.key.line, message: `${keyLabel(block)}：“${block.key.value}”不是选项字母 / “${block.key.value}” is not an option letter` });
    } else {
      answer = keyed;
      source = 'key';
      answerLine = block.key.line;
      if (inline && inline.join() !== keyed.join()) {
        warnings.push({ line: block.key.line, message: `${keyLabel(block)}与题中答案 ${inline.join('')} 不一致，采用答案表 / The key disagrees with the answer in the question (${inline.join('')}); the key wins` });
      }
    }
  }
  if (source === 'none' && lineAnswer) {
    answer = lineAnswer;
    source = lineInTable ? 'cell' : 'line';
  } else if (source === 'none' && bracketAnswers[0]) {
    answer = bracketAnswers[0];
    source = 'stem';
  } else if (source === 'none' && marked.length && marked.length < options.length) {
    // Every option in bold is the paper's style, not an answer.
    answer = marked;
    source = 'mark';
  }
  if (kind === 'infer' && (options.length < 2 || (answer.length === 0 && options.length < 3))) return null;
  let draft = false;
  if (answer.length === 0) {
    draft = true;
    if (!block.key) warnings.push({ line: block.line, message: NO_ANSWER });
  } else if (answer.some((k) => !keys.has(k))) {
    const range = options.length ? `A–${options[options.length - 1].key}` : '—';
    warnings.push({
      line: answerLine,
      message: `${source === 'key' ? `${keyLabel(block)}：` : ''}答案 ${answer.join('')} 超出选项 ${range}，已作为草稿导入 / Answer ${answer.join('')} is beyond the options ${range}: imported as a draft`,
    });
    draft = true;
    answer = [];
  }
  if (draft && block.key && answer.length === 0 && !warnings.some((w) => w.line === block.key?.line)) {
    warnings.push({ line: block.line, message: NO_ANSWER });
  }
  const multiple = kind === 'multiple' || answer.length > 1;
  if (kind === 'single' && answer.length > 1) {
    warnings.push({ line: block.line, message: '单选题给出多个答案，已导入为多选题 / Several answers in a single-choice section: imported as multiple choice' });
  }
  const core: QuestionCore = multiple
    ? { type: 'multiple', stem, options, answer }
    : { type: 'single', stem, options, answer: answer[0] ?? '' };
  return { core, draft, explanation: explanation ?? block.key?.explanation, warnings, layout: { options: layoutOptions, answer: draft ? 'none' : source } };
}

// ---------- true / false ----------

export function buildTrueFalse(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const { parts, explanation } = takeExplanation(block.parts);
  let answer: boolean | null = null;
  let source: AnswerLayout = 'none';
  const body: string[] = [];
  for (const p of parts) {
    let t = stripMarks(p.text).trim();
    const inTable = p.text.includes(TABLE_ROW_MARK);
    const prefix = t.match(ANSWER_PREFIX);
    if (prefix && prefix.index !== undefined) {
      const value = trueFalseWord(t.slice(prefix.index + prefix[0].length));
      if (value !== null) {
        answer = value;
        source = inTable ? 'cell' : 'line';
        t = t.slice(0, prefix.index);
      }
    } else if (body.length > 0 && trueFalseWord(t) !== null) {
      answer = trueFalseWord(t);
      source = 'line';
      continue;
    }
    const bracket = t.match(TF_BRACKET);
    if (bracket && answer === null) {
      answer = trueFalseWord(bracket[1]);
      source = 'stem';
      t = t.replace(TF_BRACKET, BRACKET_MARKER);
    }
    // "…公告。√" / "…公告。 对": the mark after the sentence.
    const trailing = t.match(/(?:[\s\u3000]([√×✓✗✔✘])|(?<=[。.！!？?）)][\s\u3000]*)(对|错|正确|错误|[√×✓✗✔✘]))\s*$/);
    if (trailing && answer === null && trailing.index !== undefined) {
      answer = trueFalseWord(trailing[1] ?? trailing[2]);
      source = 'stem';
      t = t.slice(0, trailing.index);
    }
    if (t.trim()) body.push(t);
  }
  if (block.key) {
    const keyed = trueFalseWord(block.key.value);
    if (keyed === null) {
      warnings.push({ line: block.key.line, message: `${keyLabel(block)}：“${block.key.value}”不是 √/× / “${block.key.value}” is not √/×` });
    } else {
      if (answer !== null && answer !== keyed) {
        warnings.push({ line: block.key.line, message: `${keyLabel(block)}与题中答案不一致，采用答案表 / The key disagrees with the answer in the question; the key wins` });
      }
      answer = keyed;
      source = 'key';
    }
  }
  if (kind === 'infer' && answer === null) return null;
  const draft = answer === null;
  if (draft) warnings.push({ line: block.line, message: NO_ANSWER });
  return {
    core: { type: 'truefalse', stem: tidyStem(body), answer },
    draft,
    explanation: explanation ?? block.key?.explanation,
    warnings,
    layout: { answer: draft ? 'none' : source },
  };
}

// ---------- fill in the blank ----------

/** Bracketed text that is a note, not an answer: （2分） （以下简称…） （多选）. */
const NOTE =
  /^\s*(?:\d+(?:\.\d+)?\s*分\s*$|每[题空小]|共\s*\d|以下简称|简称|下同|注\s*[:：]|见[第附表图下上]|含\s*[:：]|包括\s*[:：]|不含|单位\s*[:：]|例如|如\s*[:：]|即\s*[:：]|(?:多选|单选|不定项|多项|单项|填空|判断|简答|选择)题?\s*$|答案)/;
const FILLED = /([(（【[〔［])([^()（）【】[\]〔〕［］\n]*[^()（）【】[\]〔〕［］\s\u3000][^()（）【】[\]〔〕［］\n]*)([)）】\]〕］])/g;

/** Answers written in the blank's own brackets: "应在（24小时）内" → stem "应在（　）内", answer 24小时. */
export function bracketBlanks(stem: string, maxLength = 40): { stem: string; answers: string[] } {
  const answers: string[] = [];
  const out = stem.replace(FILLED, (m: string, open: string, content: string) => {
    const value = content.trim();
    if (NOTE.test(value) || value.length > maxLength || /^[A-FＡ-Ｆ\s、,，]+$/.test(value)) return m;
    answers.push(value);
    return open === '（' || open === '(' ? BRACKET_MARKER : '____';
  });
  return { stem: out, answers };
}

/** Answers shown in bold/underline/red in Word: each marked run is one blank. */
function markedBlanks(stem: string): { stem: string; answers: string[] } {
  const answers: string[] = [];
  // A stem printed in bold as a whole is the paper's style, not its answers.
  const unmarked = stripMarks(stem.replace(new RegExp(`${MARK_OPEN}[^${MARK_CLOSE}]*${MARK_CLOSE}`, 'g'), ''));
  if (!/[\u4e00-\u9fffA-Za-z0-9]/.test(unmarked)) return { stem, answers };
  const run = new RegExp(`([(（【[]?)\\s*${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}\\s*([)）】\\]]?)`, 'g');
  const out = stem.replace(run, (m: string, open: string, content: string, close: string) => {
    const value = stripMarks(content).trim();
    if (!value || /^[_＿]+$/.test(value)) return stripMarks(m);
    answers.push(value);
    return open && close ? (open === '（' || open === '(' ? BRACKET_MARKER : '____') : `${open}____${close}`;
  });
  return { stem: out, answers };
}

export function buildBlank(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const { parts, explanation } = takeExplanation(block.parts);
  const stemLines: string[] = [];
  const answerLines: string[] = [];
  let inTable = false;
  for (const [i, p] of parts.entries()) {
    const raw = p.text.trim();
    const t = stripMarks(raw);
    const prefix = t.match(ANSWER_PREFIX);
    if (prefix && prefix.index !== undefined) {
      if (prefix.index > 0) stemLines.push(t.slice(0, prefix.index));
      answerLines.push(t.slice(prefix.index + prefix[0].length));
      inTable = inTable || raw.includes(TABLE_ROW_MARK);
    } else if (answerLines.length === 0 && (i === 0 || hasBlank(t) || raw.includes(MARK_OPEN))) stemLines.push(raw);
    else answerLines.push(t);
  }
  let stem = joinWrapped(stemLines);
  let source: AnswerLayout = answerLines.length ? (inTable ? 'cell' : 'line') : 'none';
  let direct: string[] | null = null; // one answer per blank, already split
  if (block.key) {
    if (answerLines.length) warnings.push({ line: block.key.line, message: `${keyLabel(block)}：题后已有答案，采用答案表 / The question has its own answer; the key wins` });
    answerLines.length = 0;
    answerLines.push(block.key.value);
    source = 'key';
    stem = stripMarks(stem);
  }
  if (answerLines.length === 0 && stem.includes(MARK_OPEN)) {
    const marked = markedBlanks(stem);
    if (marked.answers.length) {
      stem = marked.stem;
      direct = marked.answers;
      source = 'mark';
    }
  }
  stem = stripMarks(stem);
  // Answer at the end of the stem line ("…____。恢复原貌;等价赔偿") or in brackets after it.
  if (answerLines.length === 0 && !direct) {
    const blanks = [...stem.matchAll(UNDERSCORE_BLANK), ...stem.matchAll(EMPTY_BRACKETS)];
    const lastBlankEnd = Math.max(0, ...blanks.map((m) => (m.index ?? 0) + m[0].length));
    const after = stem.slice(lastBlankEnd);
    const bracket = after.match(/[(（]([^()（）]*[^()（）\s\u3000][^()（）]*)[)）]\s*[。.]?\s*$/);
    const sentenceEnd = after.search(/[。？?！!]/);
    if (blanks.length > 0 && bracket && bracket.index !== undefined && !NOTE.test(bracket[1])) {
      answerLines.push(bracket[1].replace(/^(?:(?:参考)?答案\s*[:：]?)/, ''));
      stem = stem.slice(0, lastBlankEnd + bracket.index).trim();
      source = 'stem';
    } else if (blanks.length > 0 && sentenceEnd >= 0 && after.slice(sentenceEnd + 1).trim() && !/^\s*[(（][^)）]*[)）]\s*$/.test(after.slice(sentenceEnd + 1))) {
      answerLines.push(after.slice(sentenceEnd + 1));
      stem = stem.slice(0, lastBlankEnd + sentenceEnd + 1);
      source = 'stem';
    } else if (blanks.length === 0) {
      // No blank drawn: the answers are in the blanks' own brackets.
      const filled = bracketBlanks(stem, kind === 'infer' ? 20 : 40);
      if (filled.answers.length && (kind !== 'infer' || !/[?？]/.test(stem))) {
        stem = filled.stem;
        direct = filled.answers;
        source = 'stem';
      }
    }
  }
  const blankCount = countBlanks(stem);
  if (kind === 'infer' && (blankCount === 0 || (answerLines.length === 0 && !direct))) return null;
  if (blankCount === 0) warnings.push({ line: block.line, message: '填空题题干中没有空 / No blank in the stem of a fill-in question' });
  const layout = { answer: source };
  const finalExplanation = explanation ?? block.key?.explanation;
  if (direct) {
    return { core: { type: 'blank', stem: tidyStem([stem]), blanks: direct.map((x) => [x]) }, draft: false, explanation: finalExplanation, warnings, layout };
  }
  const answer = answerLines.map((a) => a.trim()).filter(Boolean).join('；');
  if (!answer) {
    warnings.push({ line: block.line, message: NO_ANSWER });
    return { core: { type: 'blank', stem: tidyStem([stem]), blanks: [] }, draft: true, explanation: finalExplanation, warnings, layout: { answer: 'none' } };
  }
  // "…和地址 供": a lone character after a space is a stem fragment that slid onto the answer line.
  const stray = /(?<=[\u4e00-\u9fff])[ \t\u3000]+[\u4e00-\u9fff]$/;
  const { items, exact } = splitBlankAnswer(answer.replace(stray, ''), blankCount);
  if (stray.test(answer)) {
    warnings.push({ line: block.line, message: '答案末尾的孤立字符已忽略 / A stray character at the end of the answer was ignored' });
  }
  if (!exact) {
    warnings.push({
      line: block.key?.line ?? block.line,
      message: `答案数 ${items.length} 与空数 ${blankCount} 不符，请核对 / ${items.length} answers for ${blankCount} blanks: please check`,
    });
  }
  return { core: { type: 'blank', stem: tidyStem([stem]), blanks: items.map((x) => [x]) }, draft: false, explanation: finalExplanation, warnings, layout };
}

// ---------- short answer ----------

export function buildShort(block: QuestionBlock, kind: SectionKind | 'infer'): Built | null {
  const warnings: Warning[] = [];
  const stemLines: string[] = [];
  const answerLines: string[] = [];
  const texts = block.parts.map((p) => ({ ...p, text: stripMarks(p.text) }));
  const hasMarker = texts.some((p) => ANSWER_PREFIX.test(p.text));
  if (kind === 'infer' && !hasMarker && !block.key) return null;
  let inAnswer = false;
  let inTable = false;
  for (const [i, p] of texts.entries()) {
    const t = p.text.trim();
    if (inAnswer) {
      answerLines.push(t);
      continue;
    }
    const prefix = t.match(ANSWER_PREFIX);
    if (prefix && prefix.index !== undefined) {
      if (prefix.index > 0) stemLines.push(t.slice(0, prefix.index));
      answerLines.push(t.slice(prefix.index + prefix[0].length));
      inTable = block.parts[i].text.includes(TABLE_ROW_MARK);
      inAnswer = true;
    } else if (i === 0 || hasMarker || block.key) stemLines.push(t);
    else {
      answerLines.push(t);
      inAnswer = true;
    }
  }
  let source: AnswerLayout = inTable ? 'cell' : 'line';
  if (block.key && block.key.value.trim()) {
    if (answerLines.some((l) => l.trim())) warnings.push({ line: block.key.line, message: `${keyLabel(block)}：题后已有答案，采用答案表 / The question has its own answer; the key wins` });
    answerLines.length = 0;
    answerLines.push(...block.key.value.split('\n'));
    source = 'key';
  }
  // "问…？" / "问：…" labels the question; the label is not part of it.
  const stem = tidyStem(stemLines).replace(/^问\s*[:：]?\s*/, '');
  const reference = answerLines.map((l) => l.trim()).filter(Boolean).join('\n');
  const draft = !reference;
  if (draft) warnings.push({ line: block.line, message: '未找到参考答案，已作为草稿导入 / No reference answer found: imported as a draft' });
  return {
    core: { type: 'short', stem, reference, keyPoints: keyPointsOf(reference) },
    draft,
    ...(block.key?.explanation ? { explanation: block.key.explanation } : {}),
    warnings,
    layout: { answer: draft ? 'none' : source },
  };
}

/** Without a section heading, the content decides; a block with no sign of being a question is prose. */
export function buildInferred(block: QuestionBlock): Built | null {
  if (block.key) {
    // The key's answer says what kind of question it is.
    const value = foldWidth(block.key.value).replace(/[\s、,，]/g, '');
    if (/^[A-H]+$/.test(value)) return buildChoice(block, 'infer') ?? buildShort(block, 'short');
    if (trueFalseWord(value) !== null) return buildTrueFalse(block, 'truefalse');
    if (block.parts.some((p) => hasBlank(p.text))) return buildBlank(block, 'blank');
    return buildShort(block, 'short');
  }
  return buildChoice(block, 'infer') ?? buildTrueFalse(block, 'infer') ?? buildBlank(block, 'infer') ?? buildShort(block, 'infer');
}

/** "【单选】" "[多选题]" "（判断）" before a stem: a label of the question's type, not part of it. */
const TYPE_TAG = /^\s*[【[(（]\s*(单选|单项选择|多选|多项选择|不定项|判断|是非|填空|简答|问答)题?\s*[】\])）]\s*/;

export function buildBlock(input: QuestionBlock): Built | null {
  const tag = stripMarks(input.parts[0]?.text ?? '').match(TYPE_TAG);
  const block = tag ? { ...input, kind: taggedKind(input.kind, tag[1]), parts: [{ ...input.parts[0], text: stripMarks(input.parts[0].text).slice(tag[0].length) }, ...input.parts.slice(1)] } : input;
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

/** A type tag refines a section that does not say (选择题, or none); a section that says wins. */
function taggedKind(kind: SectionKind | 'infer', tag: string): SectionKind | 'infer' {
  if (kind !== 'choice' && kind !== 'infer') return kind;
  if (/单/.test(tag)) return 'single';
  if (/多|不定项/.test(tag)) return 'multiple';
  if (/判断|是非/.test(tag)) return 'truefalse';
  if (/填空/.test(tag)) return 'blank';
  return 'short';
}

export type { Question };
