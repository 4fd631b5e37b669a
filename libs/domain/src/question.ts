/** The question model shared by the parser, grading, the API and the web app (DESIGN.md, "Question model"). */

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'blank', 'short'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionOption {
  /** 'A', 'B', … */
  key: string;
  text: string;
}

/** Where a question came from, so an organizer can find it in the original paper. */
export interface QuestionSource {
  file?: string;
  line: number;
}

export interface QuestionBase {
  id?: string;
  bankId?: string;
  stem: string;
  points: number;
  category?: string;
  /** 1 (easy) … 5 (hard) */
  difficulty?: number;
  /** 解析: shown when the answer is revealed. */
  explanation?: string;
  source?: QuestionSource;
  tags: string[];
  /** Imported without a usable answer key: must be fixed before it can be used in a round. */
  draft?: boolean;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: QuestionOption[];
  /** Option key, e.g. 'B'; '' when draft. */
  answer: string;
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: QuestionOption[];
  /** Sorted option keys, e.g. ['A','C','D']; [] when draft. */
  answer: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  /** null when draft. */
  answer: boolean | null;
}

export interface BlankQuestion extends QuestionBase {
  type: 'blank';
  /** Accepted variants per blank, in order: blanks[i][0] is the canonical answer. [] when draft. */
  blanks: string[][];
  /**
   * Groups of blank indexes (0-based) whose answers may come in any order,
   * e.g. [[0,1,2,3]] for "four policy words in any order".
   */
  orderFreeGroups?: number[][];
}

export interface ShortQuestion extends QuestionBase {
  type: 'short';
  /** Reference answer, line breaks kept. '' when draft. */
  reference: string;
  /** Points a judge looks for (from the numbered points of the reference). */
  keyPoints: string[];
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | BlankQuestion | ShortQuestion;

/** A question as a contestant sees it: never the key, the reference or the explanation. */
export interface PublicQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  points: number;
  options?: QuestionOption[];
  /** Number of blanks, for blank questions. */
  blankCount?: number;
}

/**
 * A contestant's answer, by question type:
 * single 'B' · multiple ['A','C'] · truefalse true|false · blank ['优质','方便'] · short '…text…'
 */
export type AnswerValue = string | string[] | boolean;

export const QUESTION_TYPE_LABELS: Record<QuestionType, { zh: string; en: string }> = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  truefalse: { zh: '判断题', en: 'True/false' },
  blank: { zh: '填空题', en: 'Fill in the blank' },
  short: { zh: '简答题', en: 'Short answer' },
};

/** Strip everything a contestant must not see. */
export function toPublicQuestion(q: Question & { id: string }): PublicQuestion {
  const base: PublicQuestion = { id: q.id, type: q.type, stem: q.stem, points: q.points };
  if (q.type === 'single' || q.type === 'multiple') base.options = q.options.map((o) => ({ key: o.key, text: o.text }));
  if (q.type === 'blank') base.blankCount = Math.max(q.blanks.length, countBlanksInStem(q.stem));
  return base;
}

/** Counts blank markers (runs of _ or ＿, or empty brackets) in a stem. */
export function countBlanksInStem(stem: string): number {
  const matches = stem.match(/[_＿]{2,}(?:\s*[_＿]+)*|（\s*）|\(\s*\)/g);
  return matches ? matches.length : 0;
}
