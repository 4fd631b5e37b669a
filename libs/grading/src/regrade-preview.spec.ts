import type { AnswerValue } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import type { GradingOptions } from './grading.types';
import { regradeChanges } from './regrade-preview';
import { aBlank } from './testing/question.builders';

describe('regradeChanges: preview of a round switching strict on or off', () => {
  const arrival = aBlank({ stem: '故障抢修人员应在（ ）内到达现场。', points: 2, blanks: [['24小时']], orderFreeGroups: undefined });
  const answers: [string, AnswerValue][] = [
    ['s1', ['24小时']], // as keyed: right either way
    ['s2', ['24']], // unit left out: right only when lenient
    ['s3', ['24h']], // unit spelled otherwise: right only when lenient
    ['s4', ['24分钟']], // another unit: wrong either way
    ['s5', ['二十四小时']], // numerals: right either way
  ];
  const gradedUnder = (options: GradingOptions) =>
    answers.map(([id, answer]) => ({ id, question: arrival, answer, before: gradeAnswer(arrival, answer, options) }));

  it.each<[string, GradingOptions, GradingOptions, string[]]>([
    ['strict → lenient', { strict: true }, { strict: false }, ['s2', 's3']],
    ['lenient (default) → strict', {}, { strict: true }, ['s2', 's3']],
    ['unchanged setting', { strict: true }, { strict: true }, []],
  ])('%s moves %j', (_why, from, to, moved) => {
    const changes = regradeChanges(gradedUnder(from), to);
    expect(changes.map((c) => c.item.id)).toEqual(moved);
    expect(changes.every((c) => c.after.score !== c.item.before.score)).toBe(true);
  });
});
