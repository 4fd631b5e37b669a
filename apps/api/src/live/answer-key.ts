import type { Question, RevealedAnswer } from '@jingsai/domain';

export type { RevealedAnswer };

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
