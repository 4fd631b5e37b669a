import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePaperText } from '../lib/paper-text.parser';
import { PAPERS } from './papers.expected';
import { accuracy, reading } from './reading';

describe.each(Object.entries(PAPERS))('paper %s', (file, expected) => {
  const { questions } = parsePaperText(readFileSync(resolve(__dirname, 'papers', file), 'utf8'), { file });
  const read = questions.map(reading);

  it('reads at least 98% of the questions exactly right', () => {
    const { right, accuracy: share } = accuracy(read, expected);
    // Logged so the report can quote per-paper figures.
    process.stdout.write(`${file}: ${right}/${expected.length} exact (${(share * 100).toFixed(1)}%)\n`);
    expect(share).toBeGreaterThanOrEqual(0.98);
  });

  it.each(expected.map((e, i) => [i + 1, e] as const))('question %i', (i, e) => {
    expect(read[i - 1]).toEqual(e);
  });
});
