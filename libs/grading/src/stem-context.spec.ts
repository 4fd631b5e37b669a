import { blankContexts } from './stem-context';

/** [scale as a number or null, unit] per blank. */
function contexts(stem: string, blankCount: number): [number | null, string][] {
  return blankContexts(stem, blankCount).map((c) => [c.scale ? Number(c.scale.n) / Number(c.scale.d) : null, c.unit]);
}

describe('blankContexts', () => {
  it.each<[string, string, number, [number | null, string][]]>([
    ['unit after （ ）', '故障抢修人员应在（ ）小时内到达现场。', 1, [[null, '小时']]],
    ['no unit: 内 is a word', '故障抢修人员应在（ ）内到达现场。', 1, [[null, '']]],
    ['unit after ____', '95598热线____小时受理业务。', 1, [[null, '小时']]],
    ['percent after the blank', '城市供电可靠率不低于（ ）%。', 1, [[0.01, '']]],
    ['full-width percent and space', '合格率达到（　）％以上', 1, [[0.01, '']]],
    ['per mille', '差错率不超过____‰', 1, [[0.001, '']]],
    ['百分之 before the blank', '电压合格率不低于百分之（ ）。', 1, [[0.01, '']]],
    ['万 then a unit', '赔偿限额为____万元。', 1, [[10000, '元']]],
    ['longest unit wins', '在____个工作日内答复。', 1, [[null, '工作日']]],
    ['ASCII brackets and a Latin unit', '电压等级为( )kV的线路', 1, [[null, '千伏']]],
    ['a Latin unit must end the word', '线径为____mm', 1, [[null, '']]],
    ['a run across a line break', '热线____\n____小时受理', 1, [[null, '小时']]],
    [
      'only some blanks have units',
      '受理后____个工作日内答复，____内到达现场，合格率不低于____%，做到____。',
      4,
      [[null, '工作日'], [null, ''], [0.01, ''], [null, '']],
    ],
  ])('%s', (_why, stem, blankCount, expected) => expect(contexts(stem, blankCount)).toEqual(expected));

  it.each<[string, unknown, number]>([
    ['fewer markers than blanks', '应在（ ）小时内，（ ）内', 3],
    ['more markers than blanks', '应在（ ）小时内，（ ）天内', 1],
    ['no markers at all', '应在多少小时内到达？', 1],
    ['no stem', undefined, 2],
  ])('%s: no blank gets a unit', (_why, stem, blankCount) => {
    expect(blankContexts(stem, blankCount)).toEqual(Array.from({ length: blankCount }, () => ({ unit: '' })));
  });
});
