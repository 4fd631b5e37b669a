/**
 * The units a blank may carry, each with its spellings (first = canonical), after NFKC and lower case.
 * Only words listed here count as units: a number followed by anything else (三不指定, 一证受理) is a term,
 * compared as text. Units never convert into each other (1天 is not 24小时; a second key variant does that).
 * Left out on purpose: 月 (3月 is March, not 3个月), 分 (points or minutes), 个 (a classifier before nouns).
 */
export const UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ['小时', '个小时', '钟头', '个钟头', 'h'],
  ['分钟', 'min'],
  ['秒', '秒钟', 's'],
  ['天', '日'],
  ['工作日', '个工作日'],
  ['周', '星期', '个星期'],
  ['个月'],
  ['年'],
  ['周岁'],
  ['元'],
  ['人', '名'],
  ['户'],
  ['台'],
  ['次'],
  ['项'],
  ['条'],
  ['倍'],
  ['度'],
  ['伏', '伏特', 'v'],
  ['千伏', 'kv'],
  ['千瓦', 'kw'],
  ['千瓦时', 'kwh'],
  ['米', 'm'],
  ['千米', '公里', 'km'],
];

const CANONICAL = new Map(UNIT_SYNONYMS.flatMap((spellings) => spellings.map((s): [string, string] => [s, spellings[0]])));
/** Longest first, so 个工作日 wins over 工作日 and kwh over h. */
const SPELLINGS = [...CANONICAL.keys()].sort((a, b) => b.length - a.length);
const LATIN = /[a-z]/;

/** Canonical spelling of a listed unit, '' for none, null for a word that is not a listed unit. */
export function canonicalUnit(text: string): string | null {
  if (text === '') return '';
  return CANONICAL.get(text) ?? null;
}

/** The listed unit that `text` starts with (小时内 → 小时); a Latin unit must end a word (mm is not m). */
export function unitAtStart(text: string): string | null {
  const spelling = SPELLINGS.find((s) => text.startsWith(s) && !(LATIN.test(s) && LATIN.test(text.charAt(s.length))));
  return spelling === undefined ? null : CANONICAL.get(spelling) ?? null;
}

/** Splits a listed unit off the end: '24个小时' → ['24', '小时']; the Latin rule as above (5mm has no unit m). */
export function splitUnitSuffix(text: string): [string, string] | null {
  for (const s of SPELLINGS) {
    if (text.length <= s.length || !text.endsWith(s)) continue;
    if (LATIN.test(s) && LATIN.test(text.charAt(text.length - s.length - 1))) continue;
    return [text.slice(0, -s.length), CANONICAL.get(s) ?? s];
  }
  return null;
}
