import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Question } from '@jingsai/domain';
import { parsePaperText } from '../lib/paper-text.parser';
import { PAPERS, type PaperExpectation } from './papers.expected';

function reading(q: Question): PaperExpectation {
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

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

describe.each(Object.entries(PAPERS))('paper %s', (file, expected) => {
  const { questions } = parsePaperText(readFileSync(resolve(__dirname, 'papers', file), 'utf8'), { file });
  const read = questions.map(reading);

  it('reads at least 95% of the questions exactly right', () => {
    const right = expected.filter((e, i) => read[i] !== undefined && same(read[i], e)).length;
    const accuracy = right / Math.max(expected.length, questions.length);
    // Logged so the report can quote per-paper figures.
    process.stdout.write(`${file}: ${right}/${expected.length} exact (${(accuracy * 100).toFixed(1)}%)\n`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(expected.map((e, i) => [i + 1, e] as const))('question %i', (i, e) => {
    expect(read[i - 1]).toEqual(e);
  });
});
