/** Turns the lines of one numbered question into a Question, by section kind (or by its content): the builder per type decides. Pure. */
import type { Question } from '@jingsai/domain';
import { trueFalseWord } from './answer-text';
import { buildBlank } from './blank.builder';
import { buildChoice } from './choice.builder';
import type { SectionKind } from './paper-text.lexer';
import { type Built, type QuestionBlock } from './question-block';
import { buildShort } from './short.builder';
import { foldWidth, hasBlank, stripMarks } from './text.util';
import { buildTrueFalse } from './truefalse.builder';

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
