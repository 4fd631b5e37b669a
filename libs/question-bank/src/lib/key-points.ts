/** Splits a short answer's reference (model answer) into the key points a judge checks. Pure. */
import { trimClause } from './text.util';

/** Markers of numbered points, most specific first. The first style found (twice or more) is used. */
const POINT_STYLES: RegExp[] = [
  /[①-⑳]/g,
  /[⑴-⒇]/g,
  /[(（]\d{1,2}[)）]/g,
  /(?:^|(?<=[\n。；;]))\s*\d{1,2}[、.．](?!\d)/g,
];

/** A clause longer than this (letters and digits) is split again at its commas. */
const LONG_CLAUSE = 24;
/** A list whose items are all this short splits at commas too (接待，会话，服务). */
const SHORT_ITEM = 12;

/** Brackets whose inside is never split: 受(送)电, （业务类别、业务内容）, 《规则》. */
const BRACKETS: Record<string, string> = { '(': ')', '（': '）', '《': '》', '【': '】', '[': ']', '〔': '〕' };
/** Quoted speech keeps its sentences and commas (“对不起，让您久等了。”); a quoted list still splits at 、 (“一口对外、便捷高效”). */
const QUOTES: Record<string, string> = { ...BRACKETS, '“': '”', '‘': '’', '「': '」' };

const weight = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Numbered points (①②, ⑴⑵, (1)(2), 1、2、 at line or sentence starts), or null when there are fewer than two. */
function numberedPoints(text: string): string[] | null {
  for (const style of POINT_STYLES) {
    const marks = [...text.matchAll(style)];
    if (marks.length < 2) continue;
    const points = marks
      .map((m, i) => text.slice((m.index ?? 0) + m[0].length, i + 1 < marks.length ? (marks[i + 1].index ?? text.length) : text.length))
      .map((point) => tidy(point.replace(/\s*\n\s*/g, ' ')))
      .filter((point) => weight(point) > 0);
    if (points.length >= 2) return points;
  }
  return null;
}

/** Splits at `breaks` outside the `brackets` that close later in the text. */
function splitOutside(text: string, breaks: RegExp, brackets: Record<string, string> = QUOTES): string[] {
  const pieces: string[] = [];
  const open: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const close = brackets[ch];
    if (close && text.indexOf(close, i + 1) > 0) open.push(close);
    else if (open.length > 0 && ch === open[open.length - 1]) open.pop();
    else if (open.length === 0 && breaks.test(ch)) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Trims separators, and drops a quote mark a split left without its partner (“一口对外 → 一口对外). */
function tidy(piece: string): string {
  let text = trimClause(piece);
  for (const [opener, closer] of [['“', '”'], ['‘', '’'], ['「', '」']]) {
    if (text.split(opener).length !== text.split(closer).length) text = text.split(opener).join('').split(closer).join('');
  }
  return trimClause(text);
}

/** One sentence of prose: its 、-separated items (a long one again at its commas), or a list of short items. */
function clausesOf(sentence: string): string[] {
  const items = splitOutside(sentence, /[、，,]/).map(tidy).filter((item) => weight(item) > 0);
  if (items.length > 1 && items.every((item) => weight(item) <= SHORT_ITEM)) return items;
  return splitOutside(sentence, /、/, BRACKETS)
    .flatMap((clause) => (weight(clause) > LONG_CLAUSE ? splitOutside(clause, /[，,]/) : [clause]))
    .map(tidy)
    .filter((clause) => weight(clause) > 0);
}

/**
 * The points of a reference answer: its numbered items (①②, ⑴⑵, (1)(2), 1、2、) when it has them, else its
 * lines, else its sentences (split at 。；！？); a one-sentence answer splits at 、 (a long clause again at its
 * commas), so a prose answer is never one long point the judge's suggestion can only miss. A bracket's inside
 * stays whole. The organizer edits them afterwards (one per line in the console).
 */
export function keyPointsOf(reference: string): string[] {
  const text = reference.trim();
  if (!text) return [];
  const numbered = numberedPoints(text);
  if (numbered) return numbered;
  const lines = text.split('\n').map(tidy).filter((line) => weight(line) > 0);
  if (lines.length > 1) return lines;
  const sentences = splitOutside(text, /[。；;！!？?]/).map(tidy).filter((sentence) => weight(sentence) > 0);
  if (sentences.length > 1) return sentences;
  const clauses = clausesOf(text);
  return clauses.length > 0 ? clauses : [trimClause(text)];
}
