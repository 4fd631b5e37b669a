import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Question } from '@jingsai/domain';
import { parsePaperText } from '../lib/paper-text.parser';
import { type ExpectedQuestion, SAMPLE_PAPER_EXPECTED } from './sample-paper.expected';

const PAPER = resolve(__dirname, '../../../../data/question-bank/sample-paper.txt');
const result = parsePaperText(readFileSync(PAPER, 'utf8'), { file: 'sample-paper.txt' });

/** The parts of a question the golden data pins down, in the fixture's shape. */
function reading(q: Question, e: ExpectedQuestion): Partial<ExpectedQuestion> {
  const r: Partial<ExpectedQuestion> = { line: q.source?.line, type: q.type, stem: q.stem };
  if (q.draft) r.draft = true;
  if ((q.type === 'single' || q.type === 'multiple') && !q.draft) {
    r.options = q.options.map((o) => o.text);
    r.answer = q.answer;
  }
  if (q.type === 'blank' && !q.draft) r.blanks = q.blanks.map((b) => (b.length === 1 ? b[0] : b));
  if (q.type === 'short' && !q.draft) {
    r.reference = q.reference.slice(0, e.reference?.length ?? 0);
    r.keyPoints = q.keyPoints.length;
  }
  return r;
}

describe('sample paper (golden)', () => {
  it('finds every question and nothing else', () => {
    expect(result.questions).toHaveLength(SAMPLE_PAPER_EXPECTED.length);
    expect(result.questions).toHaveLength(158);
  });

  it('counts questions by type', () => {
    const byType: Record<string, number> = {};
    for (const q of result.questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
    expect(byType).toEqual({ blank: 16, single: 37, multiple: 15, short: 90 });
  });

  it.each(SAMPLE_PAPER_EXPECTED.map((e, i) => [`part ${e.part} ${e.section} ${e.no} (line ${e.line})`, i] as const))('%s', (_name, i) => {
    const e = SAMPLE_PAPER_EXPECTED[i];
    const q = result.questions[i];
    const { part: _p, section: _s, no: _n, ...expected } = e;
    expect(reading(q, e)).toEqual(expected);
  });

  it('puts each question in its part and section', () => {
    const categories = result.questions.map((q) => q.category);
    expect(categories.filter((c) => c === '营销与优质服务服试题')).toHaveLength(40);
    expect(categories.filter((c) => c === '优质服务营销竞赛试题')).toHaveLength(118);
    SAMPLE_PAPER_EXPECTED.forEach((e, i) => expect(result.questions[i].tags).toContain(e.section === '选择题' ? '选择题' : e.section));
  });

  it('imports questions without an answer as drafts, with a warning on their line', () => {
    const drafts = result.questions.filter((q) => q.draft).map((q) => q.source?.line);
    expect(drafts).toEqual([39, 158, 296]);
    for (const line of drafts) expect(result.warnings.some((w) => w.line === line && w.message.includes('草稿'))).toBe(true);
  });

  it('skips the prose articles after the last question', () => {
    expect(Math.max(...result.questions.map((q) => q.source?.line ?? 0))).toBe(296);
    expect(result.warnings.some((w) => w.line === 298 && w.message.includes('skipped'))).toBe(true);
  });

  it('never shows a bracketed answer letter in a stem', () => {
    for (const q of result.questions) expect(q.stem).not.toMatch(/[(（]\s*[A-F](?:[、,，\s]*[A-F])*\s*[)）]/);
  });

  it('gives default points by type and records the file', () => {
    const q = result.questions[0];
    expect(q.points).toBe(10);
    expect(q.source).toEqual({ file: 'sample-paper.txt', line: 3 });
    expect(result.questions.find((x) => x.type === 'short')?.points).toBe(20);
  });
});
