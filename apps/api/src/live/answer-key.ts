import type { Question } from '@jingsai/domain';

/** What the reveal shows: the key in the shape answers are given in, plus the explanation (解析). */
export interface RevealedAnswer {
  questionId: string;
  type: Question['type'];
  answer: string | string[] | boolean | null;
  /** Blank: accepted variants per blank. */
  blanks?: string[][];
  /** Short: the reference answer and its key points. */
  reference?: string;
  keyPoints?: string[];
  explanation: string | null;
}

export function answerKeyOf(q: Question & { id: string }): RevealedAnswer {
  const base = { questionId: q.id, type: q.type, explanation: q.explanation ?? null };
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return { ...base, answer: q.answer };
    case 'blank':
      return { ...base, answer: q.blanks.map((variants) => variants[0] ?? ''), blanks: q.blanks };
    case 'short':
      return { ...base, answer: q.reference, reference: q.reference, keyPoints: q.keyPoints };
  }
}
