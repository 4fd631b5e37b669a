/**
 * A minimal, non-validating XML reader for the parts of .docx/.xlsx we read (document, numbering,
 * styles, shared strings, sheets). Element and attribute names lose their namespace prefix
 * ("w:p" → "p", "w:val" → "val"): OOXML files use several prefixes for the same thing. Pure.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Text nodes made only of white space are layout, except inside these (e.g. `<w:t> </w:t>`, an underlined blank). */
const TEXT_HOLDERS = new Set(['t', 'v', 'instrText', 'delText']);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body] ?? m;
  });
}

const local = (qualified: string): string => {
  const colon = qualified.indexOf(':');
  return colon >= 0 ? qualified.slice(colon + 1) : qualified;
};

const ATTR = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!raw.includes('=')) return attrs;
  for (const m of raw.matchAll(ATTR)) attrs[local(m[1])] = decodeEntities(m[3] ?? m[4] ?? '');
  return attrs;
}

/** Parses a document into its root element. Throws on text that is not XML at all. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1];
      const raw = xml.slice(i, textEnd);
      if (TEXT_HOLDERS.has(top.name) || raw.trim()) top.children.push(decodeEntities(raw));
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      stack[stack.length - 1].children.push(xml.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      const end = xml.indexOf('>', lt + 1);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) throw new Error('unterminated tag');
    if (xml[lt + 1] === '/') {
      const name = local(xml.slice(lt + 2, gt).trim());
      // Pop to the matching element; stray closing tags are ignored.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === name) {
          stack.length = k;
          break;
        }
      }
      i = gt + 1;
      continue;
    }
    const selfClosing = xml[gt - 1] === '/';
    const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = body.search(/\s/);
    const element: XmlElement = {
      name: local(space < 0 ? body : body.slice(0, space)),
      attrs: space < 0 ? {} : parseAttrs(body.slice(space)),
      children: [],
    };
    stack[stack.length - 1].children.push(element);
    if (!selfClosing) stack.push(element);
    i = gt + 1;
  }
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new Error('no root element');
  return first;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every descendant named `name`, in document order (not descending into matches). */
export function descendants(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** Concatenated text of a node and its descendants. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}
