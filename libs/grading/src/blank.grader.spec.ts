import type { AnswerValue, BlankQuestion } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import { aBlank } from './testing/question.builders';

/** 优质服务八字方针: four words in any order, 8 points → 2 per blank. */
const policyWords = aBlank();
/** 文明服务行为规范的基础规范: order as in the paper, 10 points → 3.33 per blank. */
const basics = aBlank({
  stem: '_______、_______、_______是文明服务行为规范的基础规范。',
  points: 10,
  blanks: [['品质'], ['技能'], ['纪律']],
  orderFreeGroups: undefined,
});
/** 着装 / 仪容 principles: two separate order-free groups. */
const dressAndLooks = aBlank({
  stem: '着装的原则是___、___、___；仪容的原则是___、___、___。',
  points: 6,
  blanks: [['统一'], ['整洁'], ['得体'], ['自然'], ['大方'], ['端庄']],
  orderFreeGroups: [[0, 1, 2], [3, 4, 5]],
});
const single = (stem: string, blanks: string[][]): BlankQuestion => aBlank({ stem, points: 2, blanks, orderFreeGroups: undefined });
const voltageDrop = single('其他电能计量装置电压降应不大于额定二次电压的____。', [['0.5%']]);
const penalty = single('承担补交电费____的违约使用电费。', [['三倍']]);
const claimDays = single('从家用电器损坏之日起____内未索赔，视为放弃。', [['7天', '7日']]);
const reliability = single('居民客户端电压合格率不低于____。', [['96%']]);
const gridDeviation = single('非正常情况下电压最大允许偏差不超过额定值的____。', [['±10%']]);
const hotline = single('95598热线____小时受理业务。', [['24']]);
const inspectors = single('用电检查员的人数不得少于____人。', [['两', '2']]);
const faithfully = single('真诚对待客户，做到____。', [['诚实守信', '诚信']]);

describe('blank (填空)', () => {
  it.each<[string, BlankQuestion, AnswerValue, number, boolean]>([
    // 优质、方便、规范、快捷 (order-free)
    ['exact', policyWords, ['优质', '方便', '规范', '快捷'], 8, true],
    ['order swapped in the group', policyWords, ['方便', '优质', '快捷', '规范'], 8, true],
    ['fully reversed', policyWords, ['快捷', '规范', '方便', '优质'], 8, true],
    ['duplicate answer counts once', policyWords, ['优质', '优质', '规范', '快捷'], 6, false],
    ['the same word four times', policyWords, ['优质', '优质', '优质', '优质'], 2, false],
    ['typo is wrong', policyWords, ['优质', '方便', '规犯', '快捷'], 6, false],
    ['extra spaces and trailing 。', policyWords, [' 优质 ', '方　便', '规范。', '快捷.'], 8, true],
    ['quotes around a word', policyWords, ['“优质”', '方便', '规范', '快捷'], 8, true],
    ['empty answer', policyWords, [], 0, false],
    ['empty fields', policyWords, ['', '', '', ''], 0, false],
    ['one blank left empty', policyWords, ['优质', '', '规范', '快捷'], 6, false],
    ['a word from elsewhere', policyWords, ['优质', '方便', '规范', '真诚'], 6, false],
    ['extra entries are ignored', policyWords, ['优质', '方便', '规范', '真诚', '快捷'], 6, false],
    // everything typed into one field
    ['one field with 、', policyWords, ['优质、方便、规范、快捷'], 8, true],
    ['one field with ，', policyWords, ['优质，方便，规范，快捷', '', '', ''], 8, true],
    ['one field with spaces', policyWords, ['优质 方便 规范 快捷'], 8, true],
    ['one field, swapped', policyWords, ['规范、快捷、优质、方便'], 8, true],
    ['one field, three of four', policyWords, ['优质、方便、规范'], 6, false],
    ['one field typed into the last box', policyWords, ['', '', '', '优质,方便,规范,快捷'], 8, true],
    ['a plain string', policyWords, '优质、方便、规范、快捷', 8, true],
    // 品质、技能、纪律 (ordered): 10 / 3 = 3.33 per blank, full marks exactly 10
    ['ordered, exact', basics, ['品质', '技能', '纪律'], 10, true],
    ['ordered, two right', basics, ['品质', '技能', '纪委'], 6.66, false],
    ['ordered, swapped order is wrong', basics, ['技能', '品质', '纪律'], 3.33, false],
    ['ordered, one field', basics, ['品质、技能、纪律'], 10, true],
    // two groups: a word from the other group does not count
    ['two groups, each shuffled', dressAndLooks, ['得体', '统一', '整洁', '端庄', '自然', '大方'], 6, true],
    ['two groups, words crossed over', dressAndLooks, ['自然', '整洁', '得体', '统一', '大方', '端庄'], 4, false],
    // numbers
    ['0.5%', voltageDrop, ['0.5%'], 2, true],
    ['0.5％ full width', voltageDrop, ['0.5％'], 2, true],
    ['百分之零点五', voltageDrop, ['百分之零点五'], 2, true],
    ['0.50%', voltageDrop, ['0.50%'], 2, true],
    ['5% is not 0.5%', voltageDrop, ['5%'], 0, false],
    ['0.5 without % is wrong', voltageDrop, ['0.5'], 0, false],
    ['三倍', penalty, ['三倍'], 2, true],
    ['3倍', penalty, ['3倍'], 2, true],
    ['３ 倍', penalty, ['３ 倍'], 2, true],
    ['五倍', penalty, ['五倍'], 0, false],
    ['7天', claimDays, ['7天'], 2, true],
    ['七天', claimDays, ['七天'], 2, true],
    ['七日 (a variant)', claimDays, ['七日'], 2, true],
    ['一个月', claimDays, ['一个月'], 0, false],
    ['百分之九十六', reliability, ['百分之九十六'], 2, true],
    ['96％', reliability, ['96％'], 2, true],
    ['±10％', gridDeviation, ['±10％'], 2, true],
    ['10% without the sign', gridDeviation, ['10%'], 0, false],
    ['二十四', hotline, ['二十四'], 2, true],
    ['24', hotline, ['24'], 2, true],
    ['两', inspectors, ['两'], 2, true],
    ['二', inspectors, ['二'], 2, true],
    ['2', inspectors, ['2'], 2, true],
    ['accepted variant 诚信', faithfully, ['诚信'], 2, true],
    ['canonical 诚实守信', faithfully, ['诚实守信'], 2, true],
    ['neither variant', faithfully, ['守信'], 0, false],
  ])('%s → %d', (_why, question, answer, score, correct) => {
    expect(gradeAnswer(question, answer)).toMatchObject({ status: 'graded', score, correct, maxScore: question.points });
  });

  it('details each blank, pointing a duplicate at the word still missing', () => {
    expect(gradeAnswer(policyWords, ['优质', '优质', '规范', '快捷']).detail?.blanks).toEqual([
      { index: 0, given: '优质', correct: true, expected: '优质' },
      { index: 1, given: '优质', correct: false, expected: '方便' },
      { index: 2, given: '规范', correct: true, expected: '规范' },
      { index: 3, given: '快捷', correct: true, expected: '快捷' },
    ]);
  });

  it('details a swapped group by the word each blank matched', () => {
    expect(gradeAnswer(policyWords, ['方便', '优质', '规犯', '快捷']).detail?.blanks).toEqual([
      { index: 0, given: '方便', correct: true, expected: '方便' },
      { index: 1, given: '优质', correct: true, expected: '优质' },
      { index: 2, given: '规犯', correct: false, expected: '规范' },
      { index: 3, given: '快捷', correct: true, expected: '快捷' },
    ]);
  });

  it('details the pieces of a one-field answer', () => {
    const blanks = gradeAnswer(basics, ['品质，技能，纪律']).detail?.blanks;
    expect(blanks?.map((b) => b.given)).toEqual(['品质', '技能', '纪律']);
  });

  it('keeps a single filled field whole when the blank itself is a list (统一、整洁、得体)', () => {
    const q = aBlank({ points: 4, blanks: [['统一、整洁、得体'], ['自然、大方、端庄']], orderFreeGroups: undefined });
    expect(gradeAnswer(q, ['统一，整洁，得体', ''])).toMatchObject({ score: 2, correct: false });
  });

  it('cuts one field on ; first when the blanks hold lists', () => {
    const q = aBlank({ points: 3, blanks: [['敬业爱岗、忠于职守'], ['勤奋学习、精通业务'], ['遵章守纪、廉洁自律']], orderFreeGroups: undefined });
    expect(gradeAnswer(q, ['敬业爱岗、忠于职守;勤奋学习、精通业务;遵章守纪、廉洁自律'])).toMatchObject({ score: 3, correct: true });
  });

  it('ignores broken order-free groups from a bank file', () => {
    const q = aBlank({ orderFreeGroups: [[0, 1, 9, -1], [1, 2], [3]] });
    expect(gradeAnswer(q, ['方便', '优质', '规范', '快捷'])).toMatchObject({ score: 8, correct: true });
    expect(gradeAnswer(q, ['优质', '规范', '方便', '快捷'])).toMatchObject({ score: 4, correct: false });
  });

  it.each<[string, BlankQuestion]>([
    ['no blanks', aBlank({ blanks: [] })],
    ['a blank without variants', aBlank({ blanks: [['优质'], [], ['规范'], ['快捷']] })],
    ['a blank with only an empty variant', aBlank({ blanks: [['优质'], ['  '], ['规范'], ['快捷']] })],
    ['a draft', aBlank({ draft: true })],
  ])('%s goes to review', (_why, question) => {
    expect(gradeAnswer(question, ['优质', '方便', '规范', '快捷'])).toEqual({
      status: 'review', correct: null, score: 0, maxScore: 8, detail: { reason: 'no-key' },
    });
  });

  it.each<[string, AnswerValue]>([
    ['a boolean', true],
    ['too many entries', Array.from({ length: 51 }, () => '优质')],
    ['an entry over 500 characters', ['优'.repeat(501), '方便', '规范', '快捷']],
    ['a non-string entry', ['优质', 5 as unknown as string, '规范', '快捷']],
  ])('%s is an invalid answer', (_why, answer) => {
    expect(gradeAnswer(policyWords, answer)).toEqual({ status: 'graded', correct: false, score: 0, maxScore: 8, detail: { reason: 'invalid-answer' } });
  });
});
