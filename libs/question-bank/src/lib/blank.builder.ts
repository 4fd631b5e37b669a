/** Fill in the blank: answers in the blanks' own brackets, Word's marks, an answer line or the key. */
import type { AnswerLayout } from '@jingsai/domain';
import { ANSWER_PREFIX, splitBlankAnswer } from './answer-text';
import type { SectionKind } from './paper-text.lexer';
import { type Built, type QuestionBlock, type Warning, NO_ANSWER, keyLabel, takeExplanation, tidyStem } from './question-block';
import { BRACKET_MARKER, EMPTY_BRACKETS, MARK_CLOSE, MARK_OPEN, TABLE_ROW_MARK, UNDERSCORE_BLANK, countBlanks, hasBlank, joinWrapped, stripMarks } from './text.util';

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
