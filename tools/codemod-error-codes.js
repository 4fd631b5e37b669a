#!/usr/bin/env node
// Rewrites throw sites from the old generic AppError (`new AppError(ErrorCode.Conflict, '中文 / English')`,
// `AppError.notFound({ zh, en })`, `AppError.forbidden()`) to the catalogue's specific codes
// (libs/domain/src/errors/*.json), matching by the exact message. For code that was written or moved
// before the catalogue existed (a merge). Prints what it cannot match (a new message, a parametrised
// one) for a hand edit: add the entry to the feature's JSON, then throw it by code.
//
//   node tools/codemod-error-codes.js [dir …]     (default apps/api/src)
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CATALOGUE = path.join(ROOT, 'libs/domain/src/errors');

/**
 * "中文 / English" → code, for the texts without placeholders (a text two codes share is left to a human);
 * and the texts with placeholders, as their static parts and the names between them.
 */
function readCatalogue() {
  const byText = new Map();
  const templates = [];
  for (const file of fs.readdirSync(CATALOGUE).filter((f) => f.endsWith('.json'))) {
    for (const [code, entry] of Object.entries(JSON.parse(fs.readFileSync(path.join(CATALOGUE, file), 'utf8')))) {
      const text = `${entry.zh} / ${entry.en}`;
      if (/\{\w+\}/.test(text)) templates.push({ code, parts: text.split(/\{(\w+)\}/) });
      else byText.set(text, byText.has(text) ? null : code);
    }
  }
  return { byText, templates };
}

/**
 * A template literal ("`队伍“${name}”已存在 / Team \"${name}\" already exists`") against the catalogue's texts
 * with placeholders: the code and its params ("{ name }") when the static parts are the same and each
 * placeholder always stands for the same expression.
 */
function matchTemplate(literal, templates) {
  const parts = unquote(literal).split(/\$\{([^}]*)\}/);
  for (const { code, parts: wanted } of templates) {
    if (parts.length !== wanted.length || parts.some((p, i) => i % 2 === 0 && p !== wanted[i])) continue;
    const params = new Map();
    let same = true;
    for (let i = 1; i < parts.length; i += 2) {
      const expr = parts[i].trim();
      if (params.has(wanted[i]) && params.get(wanted[i]) !== expr) same = false;
      params.set(wanted[i], expr);
    }
    if (!same) continue;
    const fields = [...params].map(([name, expr]) => (name === expr ? name : `${name}: ${expr}`));
    return `new AppError('${code}', { ${fields.join(', ')} }`;
  }
  return null;
}

const unquote = (literal) => literal.slice(1, -1).replace(/\\(['"`\\])/g, '$1');

function rewrite(source, { byText, templates }) {
  const code = (text) => byText.get(text) ?? null;
  let out = source;
  // Constants such as `const ROUND = { zh: '轮次', en: 'Round' };` used as AppError.notFound(ROUND).
  const constants = new Map();
  for (const m of source.matchAll(/^const (\w+) = \{ zh: '([^']+)', en: '([^']+)' \};\n/gm)) constants.set(m[1], { zh: m[2], en: m[3], line: m[0] });
  const notFound = (zh, en, whole) => {
    const c = code(`${zh}不存在 / ${en} not found`);
    return c ? `new AppError('${c}')` : whole;
  };
  out = out.replace(/AppError\.notFound\(\{ zh: '([^']+)', en: '([^']+)' \}\)/g, (whole, zh, en) => notFound(zh, en, whole));
  out = out.replace(/AppError\.notFound\((\w+)\)/g, (whole, name) => (constants.has(name) ? notFound(constants.get(name).zh, constants.get(name).en, whole) : whole));
  out = out.replace(/AppError\.forbidden\(\)/g, "new AppError('FORBIDDEN')");
  // new AppError(ErrorCode.X, 'literal') and new AppError(ErrorCode.X, 'literal', extra)
  out = out.replace(/new AppError\(\s*ErrorCode\.\w+,\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*(\)|,)/g, (whole, literal, end) => {
    const c = code(unquote(literal));
    if (!c) return whole;
    return end === ')' ? `new AppError('${c}')` : `new AppError('${c}', {},`;
  });
  out = out.replace(/new AppError\(\s*ErrorCode\.\w+,\s*(`(?:[^`\\]|\\.)*`)\s*(\)|,)/g, (whole, literal, end) => {
    const call = matchTemplate(literal, templates);
    if (!call) return whole;
    return end === ')' ? `${call})` : `${call},`;
  });
  // Messages kept in a constant: `const BUZZING_OVER = '该题抢答已结束 / …';`
  const messages = new Map();
  for (const m of source.matchAll(/^(?:export )?const (\w+) = ('(?:[^'\\]|\\.)*');\n/gm)) if (code(unquote(m[2]))) messages.set(m[1], { c: code(unquote(m[2])), line: m[0] });
  out = out.replace(/new AppError\(\s*ErrorCode\.\w+,\s*(\w+)\s*(\)|,)/g, (whole, name, end) => {
    if (!messages.has(name)) return whole;
    const c = messages.get(name).c;
    return end === ')' ? `new AppError('${c}')` : `new AppError('${c}', {},`;
  });
  // A constant nothing uses any more goes (an exported one may have importers: it stays).
  const unused = (name, line) => !line.startsWith('export') && !new RegExp(`(?<![\\w'])${name}\\b(?!')`).test(out.replace(line, ''));
  for (const [name, { line }] of [...constants, ...messages]) if (unused(name, line)) out = out.replace(line, '');
  if (!/\bErrorCode\b/.test(out.replace(/import \{ AppError, ErrorCode \}/g, ''))) out = out.replace(/import \{ AppError, ErrorCode \} from/g, 'import { AppError } from');
  return out;
}

function* tsFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield full;
  }
}

const catalogue = readCatalogue();
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['apps/api/src'];
const left = [];
for (const dir of dirs) {
  for (const file of tsFiles(path.resolve(ROOT, dir))) {
    const before = fs.readFileSync(file, 'utf8');
    const after = rewrite(before, catalogue);
    if (after !== before) fs.writeFileSync(file, after);
    after.split('\n').forEach((line, i) => {
      if (/\bErrorCode\.|AppError\.(notFound|forbidden)\(/.test(line)) left.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
    });
  }
}
if (left.length) console.log(`left for a hand edit (${left.length}):\n${left.join('\n')}`);
else console.log('every throw site uses a catalogue code');
