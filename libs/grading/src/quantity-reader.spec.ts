import { matchQuantity, NO_CONTEXT, readQuantity, SCALE, type BlankContext, type Quantity } from './quantity-reader';

/** Readable form of a quantity; the value as a JS number is fine here, exactness is tested through matchQuantity. */
function read(text: string) {
  const q = readQuantity(text);
  return q && { sign: q.sign, value: Number(q.value.n) / Number(q.value.d), unit: q.unit, bare: q.bare };
}

function quantity(text: string): Quantity {
  const q = readQuantity(text);
  if (!q) throw new Error(`not a quantity: ${text}`);
  return q;
}

describe('readQuantity', () => {
  it.each<[string, string, { sign: string; value: number; unit: string; bare: boolean }]>([
    ['Arabic', '24', { sign: '', value: 24, unit: '', bare: true }],
    ['decimal', '99.9', { sign: '', value: 99.9, unit: '', bare: true }],
    ['leading dot', '.5', { sign: '', value: 0.5, unit: '', bare: true }],
    ['thousands separators', '1,000.5', { sign: '', value: 1000.5, unit: '', bare: true }],
    ['full-width digits', '２４', { sign: '', value: 24, unit: '', bare: true }],
    ['Chinese numeral', '二十四', { sign: '', value: 24, unit: '', bare: true }],
    ['两 and 万', '两万', { sign: '', value: 20000, unit: '', bare: false }],
    ['〇 digit by digit', '二〇〇八', { sign: '', value: 2008, unit: '', bare: true }],
    ['点 decimal', '三点五', { sign: '', value: 3.5, unit: '', bare: true }],
    ['亿 and 万', '三亿五千万', { sign: '', value: 350000000, unit: '', bare: false }],
    ['Arabic with 万', '1.5万', { sign: '', value: 15000, unit: '', bare: false }],
    ['fraction', '1/3', { sign: '', value: 1 / 3, unit: '', bare: true }],
    ['Chinese fraction', '三分之一', { sign: '', value: 1 / 3, unit: '', bare: true }],
    ['fraction from NFKC ½', '½', { sign: '', value: 0.5, unit: '', bare: true }],
    ['percent', '5%', { sign: '', value: 0.05, unit: '', bare: false }],
    ['百分之', '百分之五', { sign: '', value: 0.05, unit: '', bare: false }],
    ['per mille', '1‰', { sign: '', value: 0.001, unit: '', bare: false }],
    ['千分之', '千分之一', { sign: '', value: 0.001, unit: '', bare: false }],
    ['signed percent', '±10%', { sign: '±', value: 0.1, unit: '', bare: false }],
    ['unit', '24小时', { sign: '', value: 24, unit: '小时', bare: false }],
    ['unit synonym with 个', '二十四个小时', { sign: '', value: 24, unit: '小时', bare: false }],
    ['Latin unit, any case', '24H', { sign: '', value: 24, unit: '小时', bare: false }],
    ['日 is 天', '七日', { sign: '', value: 7, unit: '天', bare: false }],
    ['个工作日', '5个工作日', { sign: '', value: 5, unit: '工作日', bare: false }],
    ['千瓦 stays a unit', '五千瓦', { sign: '', value: 5, unit: '千瓦', bare: false }],
    ['kW·h', '10kW·h', { sign: '', value: 10, unit: '千瓦时', bare: false }],
    ['万 then a unit', '1.5万元', { sign: '', value: 15000, unit: '元', bare: false }],
    ['trailing 。 and spaces', ' 24 小时。', { sign: '', value: 24, unit: '小时', bare: false }],
  ])('%s: %s', (_why, text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    ['a term that starts with a numeral', '三不指定'],
    ['another', '一证受理'],
    ['words around 千/万', '千家万户'],
    ['a word', '优质'],
    ['a range', '1~3倍'],
    ['a unit not listed (分 is points or minutes)', '24分'],
    ['3月 is March, not a listed unit', '3月'],
    ['mm is not m', '5mm'],
    ['a zero denominator', '1/0'],
    ['empty', ' 。'],
  ])('%s: %s is not a quantity', (_why, text) => expect(readQuantity(text)).toBeNull());
});

describe('matchQuantity', () => {
  const percent: BlankContext = { scale: SCALE['%'], unit: '' };
  const hours: BlankContext = { unit: '小时' };
  const none = NO_CONTEXT;

  it.each<[string, string, BlankContext, string, BlankContext, 'value' | 'unit' | null]>([
    // notation: exact values, no tolerance
    ['0.5 = 二分之一', '二分之一', none, '0.5', none, 'value'],
    ['1/3 = 三分之一', '三分之一', none, '1/3', none, 'value'],
    ['0.3333 is not 1/3', '1/3', none, '0.3333', none, null],
    ['0.33 is not 1/3', '1/3', none, '0.33', none, null],
    ['0.25 = 1/4 exactly', '1/4', none, '0.25', none, 'value'],
    ['0.1% = 千分之一', '千分之一', none, '0.1%', none, 'value'],
    ['0.001 = 千分之一', '千分之一', none, '0.001', none, 'value'],
    ['千分之二 is not 千分之一', '千分之一', none, '千分之二', none, null],
    ['10 = 10.0', '10', none, '10.0', none, 'value'],
    ['50000 = 5万', '50000', none, '5万', none, 'value'],
    ['±10% is not 10%', '±10%', none, '10%', none, null],
    // units: the key's
    ['key unit left out', '24小时', none, '24', none, 'unit'],
    ['same unit, other spelling', '24小时', none, '24h', none, 'value'],
    ['other unit', '24小时', none, '24分钟', none, null],
    ['other unit (天)', '24小时', none, '24天', none, null],
    ['other number', '24小时', none, '25', none, null],
    ['工作日 is not 天', '5个工作日', none, '5天', none, null],
    ['a unit nobody states', '24', none, '24小时', none, null],
    // units: the stem's
    ['stem unit written', '24', hours, '24小时', hours, 'unit'],
    ['stem unit as a synonym', '24', hours, '24个钟头', hours, 'unit'],
    ['stem unit, other unit', '24', hours, '24天', hours, null],
    ['stem %, written', '99.9', percent, '99.9%', percent, 'unit'],
    ['stem %, 百分之', '99.9', percent, '百分之九十九点九', percent, 'unit'],
    ['stem %, other number', '99.9', percent, '99.8%', percent, null],
    ['stem %, bare fraction of one is 0.999%', '99.9', percent, '0.999', percent, null],
    ['stem %, key writes it too', '99.9%', percent, '99.9', percent, 'unit'],
    ['key % without a stem %: 0.5 is not 0.5%', '0.5%', none, '0.5', none, null],
    // order-free groups: each read beside its own blank
    ['moved from a % blank to a plain one', '5', percent, '5', none, null],
  ])('%s', (_why, key, keyContext, given, givenContext, expected) => {
    expect(matchQuantity(quantity(key), keyContext, quantity(given), givenContext)).toBe(expected);
  });
});
