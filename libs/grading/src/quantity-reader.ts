import { replaceChineseNumerals } from './chinese-numerals';
import type { BlankMatch } from './grading.types';
import { decimal, dividedBy, integer, plus, sameValue, times, type Rational } from './rational';
import { cleanBlankText } from './text-normalizer';
import { splitUnitSuffix } from './unit-synonyms';

/** A blank's text read as a number with an optional unit: 二十四个小时, 99.9%, 千分之一, 1/3, 1.5万元. */
export interface Quantity {
  /** '', '+', '-' or '±', compared literally: ±10% is not 10%. */
  sign: string;
  value: Rational;
  /** Canonical unit (unit-synonyms.ts), '' for none. */
  unit: string;
  /** Written without a unit, %, ‰, ‱, 万 or 亿: the stem's unit beside the blank applies to it. */
  bare: boolean;
}

/** What the stem puts beside one blank: 百分之（ ）, （ ）%, （ ）小时内, （ ）万元. */
export interface BlankContext {
  scale?: Rational;
  unit: string;
}

export const NO_CONTEXT: BlankContext = { unit: '' };

const D = '\\d+(?:\\.\\d+)?';
const SIGNED = /^([±+-]?)(.+?)([%‰‱]?)$/;
const SLASH = new RegExp(`^(${D})/(${D})$`);
/** After numeral conversion 三分之一 reads 3分之1: the denominator comes first. */
const PARTS_OF = new RegExp(`^(${D})分之(${D})$`);
/** 3亿50000000 (三亿五千万), 1.5万, 1000.5. */
const COUNT = new RegExp(`^(?:(${D})亿)?(?:(${D})万)?(${D})?$`);

export const SCALE: Record<string, Rational> = {
  '%': { n: BigInt(1), d: BigInt(100) },
  '‰': { n: BigInt(1), d: BigInt(1000) },
  '‱': { n: BigInt(1), d: BigInt(10000) },
  万: integer(10000),
  亿: integer(100000000),
};

/** null when the text is not a number, optionally followed by a listed unit. */
export function readQuantity(text: string): Quantity | null {
  const clean = cleanBlankText(text).replace(/⁄/g, '/').replace(/−/g, '-');
  if (clean === '') return null;
  const [numberText, unit] = splitUnitSuffix(clean) ?? [clean, ''];
  const number = readNumber(numberText);
  if (!number) return null;
  return { sign: number.sign, value: number.value, unit, bare: unit === '' && !number.scaled };
}

function readNumber(text: string): { sign: string; value: Rational; scaled: boolean } | null {
  const signed = SIGNED.exec(replaceChineseNumerals(text));
  if (!signed) return null;
  const [, sign, body, percent] = signed;
  const parsed = readBody(body);
  if (!parsed) return null;
  const value = percent ? times(parsed.value, SCALE[percent]) : parsed.value;
  // 两万 arrives as 20000 but is written as scaled like 2万: the stem's 万 must not apply to either again.
  return { sign, value, scaled: parsed.scaled || percent !== '' || /[万亿]/.test(text) };
}

function readBody(body: string): { value: Rational; scaled: boolean } | null {
  const slash = SLASH.exec(body);
  if (slash) return fraction(slash[1], slash[2]);
  const partsOf = PARTS_OF.exec(body);
  if (partsOf) return fraction(partsOf[2], partsOf[1]);
  const count = COUNT.exec(body);
  if (!count) return null;
  const [, yi, wan, rest] = count;
  let value = integer(0);
  if (yi) value = plus(value, times(decimal(yi), SCALE.亿));
  if (wan) value = plus(value, times(decimal(wan), SCALE.万));
  if (rest) value = plus(value, decimal(rest));
  return { value, scaled: Boolean(yi || wan) };
}

function fraction(numerator: string, denominator: string): { value: Rational; scaled: boolean } | null {
  const value = dividedBy(decimal(numerator), decimal(denominator));
  return value && { value, scaled: false };
}

/** The quantity as the sentence reads it: a bare 99.9 in （ ）% means 99.9%, a bare 24 in （ ）小时 means 24小时. */
function inContext(q: Quantity, context: BlankContext): { q: Quantity; applied: boolean } {
  if (!q.bare || (!context.scale && context.unit === '')) return { q, applied: false };
  const value = context.scale ? times(q.value, context.scale) : q.value;
  return { q: { ...q, value, unit: context.unit }, applied: true };
}

/**
 * How a contestant's quantity matches a key's, each read beside its own blank (order-free groups can move an
 * answer to another blank): null when the sign, the value or a stated unit differs. A unit the key or the stem
 * states may be left out; a unit nobody states may not be added (24小时 for a bare key 24 with no unit in the stem).
 */
export function matchQuantity(key: Quantity, keyContext: BlankContext, given: Quantity, givenContext: BlankContext): BlankMatch | null {
  const k = inContext(key, keyContext);
  const g = inContext(given, givenContext);
  if (k.q.sign !== g.q.sign || !sameValue(k.q.value, g.q.value)) return null;
  if (g.q.unit !== k.q.unit && g.q.unit !== '') return null;
  const unitForgiven = k.applied !== g.applied || g.q.unit !== k.q.unit;
  return unitForgiven ? 'unit' : 'value';
}
