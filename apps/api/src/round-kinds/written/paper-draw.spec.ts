import { drawPaper, drawProblem, seededRandom, toDisplayedAnswer, toOriginalAnswer, type DrawCandidate } from './paper-draw';

const single = (id: string, category = 'A'): DrawCandidate => ({ id, type: 'single', category, optionKeys: ['A', 'B', 'C', 'D'] });
const tf = (id: string): DrawCandidate => ({ id, type: 'truefalse', category: 'A', optionKeys: [] });
const POOL = [single('s1'), single('s2'), single('s3', 'B'), tf('t1'), tf('t2')];

describe('drawPaper', () => {
  it('draws per rule, never twice, and keeps every option', () => {
    const paper = drawPaper(POOL, [{ type: 'single', count: 2 }, { type: 'truefalse', count: 1 }], seededRandom(7), true);
    expect(paper?.questionIds).toHaveLength(3);
    expect(new Set(paper?.questionIds).size).toBe(3);
    for (const [id, order] of Object.entries(paper?.optionOrders ?? {})) {
      expect(id.startsWith('s')).toBe(true);
      expect([...order].sort()).toEqual(['A', 'B', 'C', 'D']);
    }
  });

  it.each([
    [[{ category: 'B', count: 2 }], '"B"'],
    [[{ type: 'truefalse' as const, count: 3 }], 'truefalse'],
  ])('reports a rule the pool cannot fill: %j', (rules, what) => {
    expect(drawProblem(POOL, rules)).toContain(what);
  });

  it('draws narrow rules first so a broad rule cannot starve them', () => {
    const rules = [{ count: 2 }, { category: 'B', count: 1 }];
    for (let seed = 1; seed < 30; seed++) expect(drawPaper([single('s1'), single('s2'), single('s3', 'B')], rules, seededRandom(seed), false)).not.toBeNull();
  });
});

describe('option letters', () => {
  const order = ['C', 'A', 'D', 'B']; // shown A=C, B=A, C=D, D=B
  it.each([
    ['single', 'A', 'C'],
    ['single', 'd', 'B'],
    ['multiple', ['A', 'B'], ['A', 'C']],
    ['multiple', 'C、D', ['B', 'D']],
    ['single', '优质', '优质'],
    ['single', 'F', undefined],
  ] as const)('%s %j → %j', (type, shown, original) => {
    expect(toOriginalAnswer(type, shown as string | string[], order)).toEqual(original);
  });

  it('shows stored answers back in the contestant letters', () => {
    expect(toDisplayedAnswer('single', 'C', order)).toBe('A');
    expect(toDisplayedAnswer('multiple', ['A', 'C'], order)).toEqual(['A', 'B']);
    expect(toDisplayedAnswer('truefalse', true, undefined)).toBe(true);
  });
});
