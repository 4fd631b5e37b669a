/** Word's styles (styles.xml): what a style inherits, whether it is a heading or numbered, and the emphasis that marks an answer. */
import { type XmlElement, child, elements, parseXml } from './xml-lite';

export interface StyleInfo {
  basedOn?: string;
  heading: boolean;
  numId?: string;
  ilvl?: number;
  emphasis: string;
}

export const isOn = (el: XmlElement | undefined): boolean => !!el && !['0', 'false', 'off'].includes(el.attrs.val ?? '');

/** Bold, underline, red text, a highlight: the ways papers show an answer (one letter each). */
export function emphasis(rPr: XmlElement | undefined): string {
  if (!rPr) return '';
  let flags = '';
  if (isOn(child(rPr, 'b'))) flags += 'b';
  const u = child(rPr, 'u');
  if (u && (u.attrs.val ?? 'single') !== 'none') flags += 'u';
  const highlight = child(rPr, 'highlight');
  if (highlight && highlight.attrs.val !== 'none') flags += 'h';
  const color = child(rPr, 'color')?.attrs.val ?? '';
  if (/^[0-9a-f]{6}$/i.test(color)) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16));
    if (r >= 0xc0 && g <= 0x60 && b <= 0x60) flags += 'r';
  }
  return flags;
}

export function underlined(rPr: XmlElement | undefined): boolean {
  const u = rPr && child(rPr, 'u');
  return !!u && (u.attrs.val ?? 'single') !== 'none';
}

export function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  for (const s of elements(parseXml(xml), 'style')) {
    const id = s.attrs.styleId;
    if (!id) continue;
    const name = (child(s, 'name')?.attrs.val ?? '').toLowerCase();
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = child(pPr, 'outlineLvl')?.attrs.val;
    styles.set(id, {
      basedOn: child(s, 'basedOn')?.attrs.val,
      heading: /^(heading|标题)\s*\d$|^title$|^标题$/.test(name) || (outline !== undefined && Number(outline) < 9),
      numId: child(numPr, 'numId')?.attrs.val,
      ilvl: child(numPr, 'ilvl') ? Number(child(numPr, 'ilvl')?.attrs.val) : undefined,
      emphasis: emphasis(child(s, 'rPr')),
    });
  }
  return styles;
}

/** A style's property, following basedOn (at most a few levels; loops are cut). */
export function styleProp<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let depth = 0; id && depth < 10; depth++) {
    const s = styles.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined && s[key] !== false) return s[key];
    id = s.basedOn;
  }
  return undefined;
}
