import type { AnswerValue, BlankQuestion } from '@jingsai/domain';
import { gradeAnswer } from './grade-answer';
import type { BlankMatch } from './grading.types';
import { aBlank } from './testing/question.builders';

/** Issue 19: a right answer in a different but equal form scores; `strict: true` keeps the old text comparison. */
const single = (stem: string, blanks: string[][]): BlankQuestion => aBlank({ stem, points: 2, blanks, orderFreeGroups: undefined });

const arrival = single('故障抢修人员应在（ ）内到达现场。', [['24小时']]);
const reliability = single('城市地区供电可靠率应达到（ ）%。', [['99.9']]);
const reliabilityPrefix = single('城市地区供电可靠率应不低于百分之（ ）。', [['99.9']]);
const hotline = single('95598热线____小时受理业务。', [['24']]);
const errorRate = single('电费差错率不得超过____。', [['千分之一']]);
const fivePercent = single('单相供电电压允许偏差为____。', [['百分之五']]);
const third = single('该项费用由客户承担____。', [['三分之一']]);
const half = single('该项费用由客户承担____。', [['二分之一']]);
const ten = single('“____项承诺”是服务承诺的简称。', [['10']]);
const compensation = single('单次赔偿最高不超过____。', [['1.5万元']]);
const workdays = single('受理客户投诉后，应在____内答复。', [['5个工作日']]);
const penalty = single('承担补交电费____的违约使用电费。', [['三倍']]);
const deviation = single('电压最大允许偏差不超过额定值的____。', [['±10%']]);
const term = single('营业厅推行“____”服务。', [['一证受理']]);
const bareKey = single('城区抢修到达时限为____。', [['45']]);

type Case = [string, BlankQuestion, string, BlankMatch | 'exact' | 'wrong'];

describe('blank: equal forms score (lenient, the default)', () => {
  it.each<Case>([
    // a unit the key carries may be left out or spelled another way; another unit or number is wrong
    ['24 for 24小时', arrival, '24', 'unit'],
    ['２４ (full width) for 24小时', arrival, '２４', 'unit'],
    ['24.0 for 24小时', arrival, '24.0', 'unit'],
    ['24h', arrival, '24h', 'value'],
    ['二十四个小时', arrival, '二十四个小时', 'value'],
    ['24小时 as written', arrival, '24小时', 'exact'],
    ['25', arrival, '25', 'wrong'],
    ['25小时', arrival, '25小时', 'wrong'],
    ['24分钟 is not 24小时', arrival, '24分钟', 'wrong'],
    ['24天', arrival, '24天', 'wrong'],
    ['1天 (no conversion between units)', arrival, '1天', 'wrong'],
    // a unit the stem writes beside the blank may be written again or left out
    ['99.9% in （ ）%', reliability, '99.9%', 'unit'],
    ['99.9％ full width', reliability, '99.9％', 'unit'],
    ['百分之九十九点九 in （ ）%', reliability, '百分之九十九点九', 'unit'],
    ['99.9 as written', reliability, '99.9', 'exact'],
    ['99.8%', reliability, '99.8%', 'wrong'],
    ['99.8', reliability, '99.8', 'wrong'],
    ['0.999 reads 0.999% beside the %', reliability, '0.999', 'wrong'],
    ['99.9% after 百分之（ ）', reliabilityPrefix, '99.9%', 'unit'],
    ['99.8% after 百分之（ ）', reliabilityPrefix, '99.8%', 'wrong'],
    ['24小时 in ____小时', hotline, '24小时', 'unit'],
    ['二十四小时 in ____小时', hotline, '二十四小时', 'unit'],
    ['24个钟头 in ____小时', hotline, '24个钟头', 'unit'],
    ['24天 in ____小时', hotline, '24天', 'wrong'],
    ['25小时 in ____小时', hotline, '25小时', 'wrong'],
    // equal numbers across notations
    ['1‰ for 千分之一', errorRate, '1‰', 'exact'],
    ['0.1% for 千分之一', errorRate, '0.1%', 'value'],
    ['0.001 for 千分之一', errorRate, '0.001', 'value'],
    ['1/1000 for 千分之一', errorRate, '1/1000', 'value'],
    ['千分之二', errorRate, '千分之二', 'wrong'],
    ['0.2%', errorRate, '0.2%', 'wrong'],
    ['1% (lost the per mille)', errorRate, '1%', 'wrong'],
    ['0.01', errorRate, '0.01', 'wrong'],
    ['5% for 百分之五', fivePercent, '5%', 'exact'],
    ['0.05 for 百分之五', fivePercent, '0.05', 'value'],
    ['1/20 for 百分之五', fivePercent, '1/20', 'value'],
    ['5 (a % the key states is not a unit to forgive)', fivePercent, '5', 'wrong'],
    ['1/3 for 三分之一', third, '1/3', 'value'],
    ['3分之1 for 三分之一', third, '3分之1', 'exact'],
    ['0.33 is not 1/3', third, '0.33', 'wrong'],
    ['0.3333 is not 1/3', third, '0.3333', 'wrong'],
    ['33.3% is not 1/3', third, '33.3%', 'wrong'],
    ['2/3', third, '2/3', 'wrong'],
    ['0.5 for 二分之一', half, '0.5', 'value'],
    ['50% for 二分之一', half, '50%', 'value'],
    ['2/4 for 二分之一', half, '2/4', 'value'],
    ['0.05', half, '0.05', 'wrong'],
    ['十 for 10', ten, '十', 'exact'],
    ['10.0 for 10', ten, '10.0', 'exact'],
    ['10.01', ten, '10.01', 'wrong'],
    ['15000元 for 1.5万元', compensation, '15000元', 'value'],
    ['15,000元 for 1.5万元', compensation, '15,000元', 'value'],
    ['一万五千元 for 1.5万元', compensation, '一万五千元', 'value'],
    ['1.5万 for 1.5万元', compensation, '1.5万', 'unit'],
    ['1500元', compensation, '1500元', 'wrong'],
    ['1.5万美元 (not a listed unit)', compensation, '1.5万美元', 'wrong'],
    // listed unit spellings
    ['5工作日 for 5个工作日', workdays, '5工作日', 'value'],
    ['五个工作日', workdays, '五个工作日', 'exact'],
    ['5 for 5个工作日', workdays, '5', 'unit'],
    ['5天 is not 5个工作日', workdays, '5天', 'wrong'],
    ['3 for 三倍', penalty, '3', 'unit'],
    ['五倍', penalty, '五倍', 'wrong'],
    ['10% without the ±', deviation, '10%', 'wrong'],
    ['±0.1 for ±10%', deviation, '±0.1', 'value'],
    // a numeral that begins a term is not a quantity
    ['1 for 一证受理', term, '1', 'wrong'],
    // a unit neither the key nor the stem states is not forgiven
    ['45分钟 for a bare 45', bareKey, '45分钟', 'wrong'],
  ])('%s', (_why, question, given, how) => {
    const result = gradeAnswer(question, [given]);
    const right = how !== 'wrong';
    expect(result).toMatchObject({ status: 'graded', score: right ? 2 : 0, correct: right });
    expect(result.detail?.blanks?.[0].match).toBe(how === 'unit' || how === 'value' ? how : undefined);
  });
});

describe('blank: strict', () => {
  it.each<Case>([
    ['24 for 24小时', arrival, '24', 'wrong'],
    ['24h for 24小时', arrival, '24h', 'wrong'],
    ['99.9% in （ ）%', reliability, '99.9%', 'wrong'],
    ['24小时 in ____小时', hotline, '24小时', 'wrong'],
    ['0.1% for 千分之一', errorRate, '0.1%', 'wrong'],
    ['0.001 for 千分之一', errorRate, '0.001', 'wrong'],
    ['1/3 for 三分之一', third, '1/3', 'wrong'],
    ['0.5 for 二分之一', half, '0.5', 'wrong'],
    ['15000元 for 1.5万元', compensation, '15000元', 'wrong'],
    ['3 for 三倍', penalty, '3', 'wrong'],
    // what normalisation forgave before issue 19 stays right
    ['24小时 as written', arrival, '24小时', 'exact'],
    ['二十四小时', arrival, '二十四小时', 'exact'],
    ['full-width digits', arrival, '２４小时', 'exact'],
    ['trailing 。 and quotes', arrival, '“24小时。”', 'exact'],
    ['upper-case unit spelled as keyed', single('电压等级为____。', [['10kV']]), '10KV', 'exact'],
    ['1‰ for 千分之一', errorRate, '1‰', 'exact'],
    ['5% for 百分之五', fivePercent, '5%', 'exact'],
    ['十 for 10', ten, '十', 'exact'],
    ['10.0 for 10', ten, '10.0', 'exact'],
  ])('%s', (_why, question, given, how) => {
    const result = gradeAnswer(question, [given], { strict: true });
    const right = how !== 'wrong';
    expect(result).toMatchObject({ status: 'graded', score: right ? 2 : 0, correct: right });
    expect(result.detail?.blanks?.[0].match).toBeUndefined();
  });
});

describe('blank: numbers in order-free groups and multi-blank stems', () => {
  /** Three power-factor thresholds, any order. */
  const powerFactors = aBlank({
    stem: '功率因数考核标准分为____、____、____三档。',
    points: 3,
    blanks: [['0.9'], ['0.85'], ['0.8']],
    orderFreeGroups: [[0, 1, 2]],
  });
  /** Units only beside some blanks: 个工作日 after the first, none after the second (the key has 小时), % after the third. */
  const pledges = aBlank({
    stem: '受理投诉后应在____个工作日内答复，抢修人员____内到达现场，城市供电可靠率不低于____%，并做到____。',
    points: 4,
    blanks: [['5'], ['45分钟'], ['99.9'], ['一口对外']],
    orderFreeGroups: undefined,
  });

  it.each<[string, BlankQuestion, AnswerValue, boolean, number, boolean]>([
    ['group, other notations, shuffled', powerFactors, ['4/5', '90%', '0.85'], false, 3, true],
    ['group, Chinese numerals', powerFactors, ['零点八五', '零点九', '零点八'], false, 3, true],
    ['group, one near miss', powerFactors, ['4/5', '90%', '0.58'], false, 2, false],
    ['group, one value given twice counts once', powerFactors, ['0.8', '4/5', '80%'], false, 1, false],
    ['group, strict refuses other notations', powerFactors, ['4/5', '90%', '0.85'], true, 1, false],
    ['units where the stem or key has them', pledges, ['5个工作日', '45', '99.9%', '一口对外'], false, 4, true],
    ['all as keyed', pledges, ['5', '45分钟', '99.9', '一口对外'], false, 4, true],
    ['天 where the stem says 个工作日', pledges, ['5天', '45分钟', '99.9', '一口对外'], false, 3, false],
    ['小时 where the key says 分钟', pledges, ['5', '45小时', '99.9', '一口对外'], false, 3, false],
    ['‰ where the stem says %', pledges, ['5', '45分钟', '99.9‰', '一口对外'], false, 3, false],
    ['everything in one field', pledges, ['5个工作日，45，99.9%，一口对外'], false, 4, true],
    ['strict: only the forms as keyed', pledges, ['5个工作日', '45', '99.9%', '一口对外'], true, 1, false],
  ])('%s → %d', (_why, question, answer, strict, score, correct) => {
    expect(gradeAnswer(question, answer, { strict })).toMatchObject({ status: 'graded', score, correct });
  });

  it('tells the judge how each blank matched', () => {
    expect(gradeAnswer(pledges, ['5个工作日', '3/4小时', '99.9', '一口对内']).detail?.blanks).toEqual([
      { index: 0, given: '5个工作日', correct: true, expected: '5', match: 'unit' },
      { index: 1, given: '3/4小时', correct: false, expected: '45分钟' },
      { index: 2, given: '99.9', correct: true, expected: '99.9' },
      { index: 3, given: '一口对内', correct: false, expected: '一口对外' },
    ]);
  });

  it('details a shuffled group by the key each blank matched, and how', () => {
    expect(gradeAnswer(powerFactors, ['4/5', '0.90', '0.58']).detail?.blanks).toEqual([
      { index: 0, given: '4/5', correct: true, expected: '0.8', match: 'value' },
      { index: 1, given: '0.90', correct: true, expected: '0.9' },
      { index: 2, given: '0.58', correct: false, expected: '0.85' },
    ]);
  });
});
