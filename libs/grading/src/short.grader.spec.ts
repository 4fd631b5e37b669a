import type { AnswerValue } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import { suggestShortAnswerScore } from './short.grader';
import { aShort } from './testing/question.builders';

/** 品质的细则: four key points, 10 points. */
const quality = aShort();
const [kpPurpose, kpAwareness, kpManners, kpTeam] = quality.keyPoints;

const coveredOf = (answer: string) => suggestShortAnswerScore(quality, answer).coverage.map((c) => c.covered);

describe('short answer (简答) coverage suggestion', () => {
  it.each<[string, string, boolean[], number]>([
    [
      'paraphrases two of four key points',
      '要始终坚持人民电业为人民的宗旨；另外要发扬团队的精神，维护好企业的整体形象。',
      [true, false, false, true],
      5,
    ],
    ['the reference points verbatim', quality.keyPoints.join('。'), [true, true, true, true], 10],
    [
      'three points, words reordered (和→与, 仪容仪表→仪表仪容)',
      '坚持人民电业为人民的行业宗旨。强化市场、服务、效益、形象四种意识。树立诚信观念与信用意识，讲究文明礼貌和仪表仪容。',
      [true, true, true, false],
      7.5,
    ],
    ['an empty answer', '', [false, false, false, false], 0],
    ['only blanks and punctuation', ' 。，  ', [false, false, false, false], 0],
    ['off-topic but on the same subject', '要为客户提供优质服务，让客户满意。', [false, false, false, false], 0],
    ['one stray shared word is not enough', '形象很重要。', [false, false, false, false], 0],
  ])('%s', (_why, answer, covered, suggested) => {
    const result = suggestShortAnswerScore(quality, answer);
    expect(result.coverage.map((c) => c.covered)).toEqual(covered);
    expect(result.suggestedScore).toBe(suggested);
  });

  it('reports each key point with its overlap ratio', () => {
    const [purpose, awareness] = suggestShortAnswerScore(quality, '坚持人民电业为人民的宗旨').coverage;
    expect(purpose).toMatchObject({ keyPoint: kpPurpose, covered: true });
    expect(purpose.ratio).toBeGreaterThanOrEqual(0.7);
    expect(purpose.ratio).toBeLessThan(1);
    expect(awareness).toEqual({ keyPoint: kpAwareness, covered: false, ratio: 0, spans: [] });
  });

  it('gives spans that highlight the matching text in the original answer', () => {
    const q = aShort({ points: 4, keyPoints: ['发展公司', '服务社会'] });
    const answer = '责任目标是：发展公司，服务、社会。';
    const { coverage } = suggestShortAnswerScore(q, answer);
    expect(coverage.map((c) => c.spans.map((s) => answer.slice(s.start, s.end)))).toEqual([['发展公司'], ['服务、社会']]);
  });

  it('counts offsets in UTF-16 units, as the browser does', () => {
    const q = aShort({ points: 2, keyPoints: ['服务社会'] });
    const answer = '🙂 ＡＢ服务社会';
    const [{ spans }] = suggestShortAnswerScore(q, answer).coverage;
    expect(spans.map((s) => answer.slice(s.start, s.end))).toEqual(['服务社会']);
  });

  it.each([
    [5, 1, 3, 1.5], // 1.67 → 1.5
    [5, 2, 3, 3.5], // 3.33 → 3.5
    [3, 1, 4, 1], // 0.75 → 1
  ])('rounds %d × %d/%d to half points → %d', (points, hit, total, expected) => {
    const keyPoints = ['发展公司', '服务社会', '以人为本', '忠诚企业'].slice(0, total);
    const answer = keyPoints.slice(0, hit).join('，');
    expect(suggestShortAnswerScore(aShort({ points, keyPoints }), answer).suggestedScore).toBe(expected);
  });

  it('falls back to the reference sentences when there are no key points', () => {
    const q = aShort({ points: 6, reference: '⑴事先通知。⑵不会造成设备重大损失和人身伤害。⑶不影响社会公共利益。', keyPoints: [] });
    const { coverage, suggestedScore } = suggestShortAnswerScore(q, '要事先通知客户，并且不影响社会公共利益');
    expect(coverage.map((c) => [c.keyPoint, c.covered])).toEqual([
      ['事先通知', true],
      ['不会造成设备重大损失和人身伤害', false],
      ['不影响社会公共利益', true],
    ]);
    expect(suggestedScore).toBe(4);
  });

  it('lets a stricter threshold reject a paraphrase', () => {
    const answer = '要始终坚持人民电业为人民的宗旨；另外要发扬团队的精神，维护好企业的整体形象。';
    expect(coveredOf(answer)).toEqual([true, false, false, true]);
    const strict = gradeAnswer(quality, answer, { coverageThreshold: 0.9 });
    expect(strict.detail?.suggestedScore).toBe(0);
  });
});

describe('short answer through gradeAnswer', () => {
  it('never scores automatically: review with the suggestion for the judge', () => {
    const result = gradeAnswer(quality, '坚持人民电业为人民的行业宗旨，发扬团队精神，维护企业形象');
    expect(result).toMatchObject({ status: 'review', correct: null, score: 0, maxScore: 10, detail: { suggestedScore: 5 } });
    expect(result.detail?.coverage?.map((c) => c.keyPoint)).toEqual([kpPurpose, kpAwareness, kpManners, kpTeam]);
  });

  it.each([
    ['a draft', aShort({ draft: true })],
    ['no key points and no reference', aShort({ keyPoints: [], reference: '' })],
  ])('%s goes to review without a suggestion', (_why, question) => {
    expect(gradeAnswer(question, '发扬团队精神')).toEqual({ status: 'review', correct: null, score: 0, maxScore: 10, detail: { reason: 'no-key' } });
  });

  it.each<[string, AnswerValue]>([
    ['an array', ['发扬团队精神']],
    ['a boolean', false],
    ['over 5000 characters', '团'.repeat(5001)],
  ])('%s is an invalid answer', (_why, answer) => {
    expect(gradeAnswer(quality, answer)).toEqual({ status: 'graded', correct: false, score: 0, maxScore: 10, detail: { reason: 'invalid-answer' } });
  });
});

describe('short answer: half a key point', () => {
  it('is not enough to cover it (发扬团队精神 alone is 5 of 13 bigrams)', () => {
    const [team] = suggestShortAnswerScore(aShort({ keyPoints: [kpTeam] }), '发扬团队精神').coverage;
    expect(team).toMatchObject({ covered: false, ratio: 0.38, spans: [] });
  });
});
