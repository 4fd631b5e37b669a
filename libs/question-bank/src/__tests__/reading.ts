/** The parts of a question a golden test compares: type, stem, options, the key. */
import type { Question } from '@jingsai/domain';
import type { PaperExpectation } from './papers.expected';

export function reading(q: Question): PaperExpectation {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { type: q.type, stem: q.stem, options: q.options.map((o) => o.text), answer: q.answer };
    case 'truefalse':
      return { type: q.type, stem: q.stem, answer: q.answer ?? undefined };
    case 'blank':
      return { type: q.type, stem: q.stem, blanks: q.blanks.map((b) => b[0]) };
    case 'short':
      return { type: q.type, stem: q.stem, keyPoints: q.keyPoints };
  }
}

/** Share of expected questions read exactly right (extra questions count as misses). */
export function accuracy(read: PaperExpectation[], expected: PaperExpectation[]): { right: number; accuracy: number } {
  const right = expected.filter((e, i) => read[i] !== undefined && JSON.stringify(read[i]) === JSON.stringify(e)).length;
  return { right, accuracy: right / Math.max(expected.length, read.length) };
}
