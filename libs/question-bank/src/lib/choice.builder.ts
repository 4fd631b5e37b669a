/** Single and multiple choice: options A, B, C… split from the text, the answer from the line, the brackets, Word's marks or the key. */
import type { AnswerLayout, OptionsLayout, QuestionOption } from '@jingsai/domain';
import { BRACKET_LETTERS, CHOICE_ANSWER_LINE, letterList } from './answer-text';
import type { SectionKind } from './paper-text.lexer';
import { type Built, type QuestionBlock, type QuestionCore, type Warning, NO_ANSWER, keyLabel, takeExplanation, tidyStem } from './question-block';
import { BRACKET_MARKER, MARK_CLOSE, MARK_OPEN, TABLE_ROW_MARK, foldWidth, joinWrapped, stripMarks, trimClause } from './text.util';

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
