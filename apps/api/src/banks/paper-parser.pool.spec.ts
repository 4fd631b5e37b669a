import { QuestionBankImportError, QuestionBankImportErrorCode } from '@jingsai/question-bank';
import { PaperParserPool } from './paper-parser.pool';
import { stemKey } from './bank-import.service';

/** A paper far bigger than a small heap can hold once parsed. */
function hugePaper(questions: number): Buffer {
  const lines = ['单项选择题'];
  for (let i = 1; i <= questions; i++) lines.push(`${i}.第${i}题：营业厅工作人员在接待客户时应当怎样做才符合服务规范的要求（ B ）。`, 'A.甲方案 B.乙方案 C.丙方案 D.丁方案');
  return Buffer.from(lines.join('\n'));
}

describe('PaperParserPool (worker thread)', () => {
  let pool: PaperParserPool;
  beforeEach(() => (pool = new PaperParserPool()));
  afterEach(() => pool.onModuleDestroy());

  it('parses a paper in the worker and hands the questions back in order', async () => {
    const result = await pool.parseFile(hugePaper(600), 'paper.txt');
    expect(result.questions).toHaveLength(600);
    expect(result.questions[599]).toMatchObject({ type: 'single', answer: 'B', source: { file: 'paper.txt', line: 1200 } });
    expect(result.reports).toHaveLength(600);
  });

  it('passes import refusals through with their code and lines', async () => {
    await expect(pool.parseFile(Buffer.from('这是一篇文章，没有题目。'), 'a.txt')).rejects.toMatchObject({ code: QuestionBankImportErrorCode.NoQuestions });
    await expect(pool.parseText('json', '{"questions": [')).rejects.toBeInstanceOf(QuestionBankImportError);
  });

  it('refuses, as too large, a parse that outgrows its heap — and the next job gets a fresh worker', async () => {
    pool.limits = { memoryMb: 16, timeoutMs: 60_000 };
    const error = await pool.parseFile(hugePaper(60_000), 'huge.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionBankImportError);
    expect(error).toMatchObject({ code: QuestionBankImportErrorCode.TooLarge, errors: [{ line: 0, message: expect.stringMatching(/内存限制 \/ .*ran out of memory/) }] });
    pool.limits = { memoryMb: 256, timeoutMs: 60_000 };
    expect((await pool.parseText('text', '判断题\n1.营业厅应设置意见簿。（√）')).questions).toHaveLength(1);
  }, 60_000);

  it('stops a parse that takes too long', async () => {
    pool.limits = { memoryMb: 256, timeoutMs: 1 };
    await expect(pool.parseFile(hugePaper(3000), 'slow.txt')).rejects.toMatchObject({ code: QuestionBankImportErrorCode.TooLarge });
  });
});

describe('stemKey', () => {
  it.each([
    ['spaces and blank markers do not matter', ['single', '应提前（ ）天公告。'], ['single', '应提前（　）天公告'], true],
    ['full-width letters and digits fold', ['blank', '９５５９８热线____'], ['blank', '95598热线___'], true],
    ['the type matters', ['single', '甲'], ['multiple', '甲'], false],
    ['words matter', ['single', '应提前7天'], ['single', '应提前3天'], false],
  ] as const)('%s', (_what, [ta, a], [tb, b], same) => {
    expect(stemKey(ta, a) === stemKey(tb, b)).toBe(same);
  });
});
