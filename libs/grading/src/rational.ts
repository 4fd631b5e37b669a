/**
 * Exact fractions n/d (d > 0). Every notation a blank accepts (decimals, a/b, 百分之, ‰, 万) is a ratio of
 * finite decimals, so values compare exactly and no tolerance is needed: 0.1% = 0.001, 1/2 = 0.5, 1/3 ≠ 0.3333.
 */
export interface Rational {
  n: bigint;
  d: bigint;
}

const ONE = BigInt(1);
const TEN = BigInt(10);

/** '12.50' → 1250/100; the caller has checked the text is digits with at most one dot. */
export function decimal(text: string): Rational {
  const [whole, fraction = ''] = text.split('.');
  return { n: BigInt(whole + fraction), d: TEN ** BigInt(fraction.length) };
}

export function integer(value: number): Rational {
  return { n: BigInt(value), d: ONE };
}

export function times(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function plus(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** null for a zero divisor (1/0, 0分之1): not a number a contestant can mean. */
export function dividedBy(a: Rational, b: Rational): Rational | null {
  if (b.n === BigInt(0)) return null;
  const sign = b.n < 0 ? -ONE : ONE;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
}

export function sameValue(a: Rational, b: Rational): boolean {
  return a.n * b.d === b.n * a.d;
}
