/** One numbered question's lines, what a builder makes of them, and the helpers every builder shares. Pure. */
import type { AnswerLayout, OptionsLayout, QuestionOption } from '@jingsai/domain';
import type { SectionKind } from './paper-text.lexer';
import { joinWrapped, normaliseBlanks, stripMarks } from './text.util';

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

export const NO_ANSWER = '未找到答案，已作为草稿导入 / No answer found: imported as a draft';

/** Tidies a stem: joined lines, canonical blanks, no stray spaces next to a blank marker. */
export function tidyStem(lines: string[]): string {
  return normaliseBlanks(joinWrapped(lines.map((l) => stripMarks(l))))
    .replace(/[ \t\u3000]+(?=（　）)/g, '')
    .replace(/(?<=（　）)[ \t\u3000]+/g, '')
    .trim();
}

export function takeExplanation(parts: SourceLine[]): { parts: SourceLine[]; explanation?: string } {
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

export const keyLabel = (block: QuestionBlock): string => `答案表第 ${block.no} 题 / Key entry ${block.no}`;
