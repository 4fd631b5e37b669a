/** Word's automatic numbering (numbering.xml): the number text of each list level ("1." "A." "一、") and the counters behind it. */
import { type StyleInfo, isOn, styleProp } from './docx-styles';
import { type XmlElement, child, elements, parseXml } from './xml-lite';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface Numbering {
  /** numId → abstract list id and per-level start overrides. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number(child(lvl, 'start')?.attrs.val ?? 1),
    format: child(lvl, 'numFmt')?.attrs.val ?? 'decimal',
    text: child(lvl, 'lvlText')?.attrs.val ?? '',
    suffix: child(lvl, 'suff')?.attrs.val ?? 'tab',
    legal: isOn(child(lvl, 'isLgl')),
  };
}

export function readNumbering(xml: string | null, styles: Map<string, StyleInfo>): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!xml) return numbering;
  const root = parseXml(xml);
  const links = new Map<string, string>();
  for (const a of elements(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of elements(a, 'lvl')) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
    numbering.abstracts.set(a.attrs.abstractNumId, levels);
    const link = child(a, 'numStyleLink')?.attrs.val;
    if (link) links.set(a.attrs.abstractNumId, link);
  }
  for (const num of elements(root, 'num')) {
    let abstractId = child(num, 'abstractNumId')?.attrs.val ?? '';
    const starts = new Map<number, number>();
    for (const o of elements(num, 'lvlOverride')) {
      const ilvl = Number(o.attrs.ilvl ?? 0);
      const start = child(o, 'startOverride')?.attrs.val;
      if (start !== undefined) starts.set(ilvl, Number(start));
      const lvl = child(o, 'lvl');
      if (lvl) {
        // A full level override: give this num its own copy of the list.
        const copy = new Map(numbering.abstracts.get(abstractId) ?? []);
        copy.set(ilvl, readLevel(lvl));
        abstractId = `${abstractId}#${num.attrs.numId}`;
        numbering.abstracts.set(abstractId, copy);
      }
    }
    numbering.nums.set(num.attrs.numId, { abstractId, starts });
  }
  // numStyleLink: the list's levels live in the num its style points to.
  for (const [abstractId, styleId] of links) {
    const numId = styleProp(styles, styleId, 'numId');
    const target = numId ? numbering.nums.get(numId) : undefined;
    const levels = target ? numbering.abstracts.get(target.abstractId) : undefined;
    if (levels && levels.size) numbering.abstracts.set(abstractId, levels);
  }
  return numbering;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  return String(n);
}

function letters(n: number, base: string): string {
  // Word repeats the letter past Z: AA, BB, …
  const index = (n - 1) % 26;
  return String.fromCharCode(base.charCodeAt(0) + index).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperLetter': return letters(n, 'A');
    case 'lowerLetter': return letters(n, 'a');
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographDigital': return chineseNumber(n);
    case 'ideographTraditional': return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese': return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet': return '';
    default: return String(n);
  }
}

/** Word's list counters: one set per abstract list, deeper levels restart when a shallower one advances. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The label Word shows for a paragraph of list `numId` at level `ilvl` ('' for bullets or unknown lists). */
  next(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || numId === '0') return '';
    const counts = this.counts.get(num.abstractId) ?? [];
    this.counts.set(num.abstractId, counts);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // "Restart numbering" in Word is a new num with a start override.
      for (const [lvl, start] of num.starts) counts[lvl] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (level.start - 1)) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) delete counts[deeper];
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const l = levels.get(k);
      const value = counts[k] ?? l?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : l?.format ?? 'decimal');
    });
    if (!label.trim()) return '';
    return label + (level.suffix === 'space' ? ' ' : level.suffix === 'nothing' ? '' : '\t');
  }
}
