/** Short answer: the stem, then the reference answer (after 答: or on the next lines, or from the key) and its key points. */
import type { AnswerLayout } from '@jingsai/domain';
import { ANSWER_PREFIX, keyPointsOf } from './answer-text';
import type { SectionKind } from './paper-text.lexer';
import { type Built, type QuestionBlock, type Warning, keyLabel, tidyStem } from './question-block';
import { TABLE_ROW_MARK, stripMarks } from './text.util';

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
