/** True/false (判断题): the answer from √/× or 对/错 in brackets, on its own line, or in the key. */
import type { AnswerLayout } from '@jingsai/domain';
import { ANSWER_PREFIX, TF_BRACKET, trueFalseWord } from './answer-text';
import type { SectionKind } from './paper-text.lexer';
import { type Built, type QuestionBlock, type Warning, NO_ANSWER, keyLabel, takeExplanation, tidyStem } from './question-block';
import { BRACKET_MARKER, TABLE_ROW_MARK, stripMarks } from './text.util';

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
