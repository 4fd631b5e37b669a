import { countBlanksInStem, toPublicQuestion, type Question } from './question';

describe('toPublicQuestion', () => {
  it.each<[string, Question & { id: string }, string[]]>([
    ['single', { id: 'q1', type: 'single', stem: 'S', points: 10, tags: [], options: [{ key: 'A', text: 'a' }], answer: 'A', explanation: 'why' }, ['answer', 'explanation']],
    ['multiple', { id: 'q2', type: 'multiple', stem: 'S', points: 10, tags: [], options: [{ key: 'A', text: 'a' }], answer: ['A'] }, ['answer']],
    ['truefalse', { id: 'q3', type: 'truefalse', stem: 'S', points: 10, tags: [], answer: true }, ['answer']],
    ['blank', { id: 'q4', type: 'blank', stem: '___和___', points: 10, tags: [], blanks: [['a'], ['b']] }, ['blanks']],
    ['short', { id: 'q5', type: 'short', stem: 'S', points: 10, tags: [], reference: 'ref', keyPoints: ['k'] }, ['reference', 'keyPoints']],
  ])('hides the key of a %s question', (_type, question, hidden) => {
    const pub = toPublicQuestion(question) as unknown as Record<string, unknown>;
    for (const field of hidden) expect(pub[field]).toBeUndefined();
    expect(pub.stem).toBe(question.stem);
  });

  it('tells the contestant how many blanks to fill', () => {
    expect(toPublicQuestion({ id: 'q', type: 'blank', stem: '___、___、___', points: 1, tags: [], blanks: [['a'], ['b'], ['c']] }).blankCount).toBe(3);
  });
});

describe('countBlanksInStem', () => {
  it.each([
    ['优质服务八字方针是______、_ ______、_______、_______。', 4],
    ['以供用电（　）明确', 1],
    ['no blanks here', 0],
    ['___和＿＿＿', 2],
  ])('%s → %d', (stem, n) => expect(countBlanksInStem(stem)).toBe(n));
});
