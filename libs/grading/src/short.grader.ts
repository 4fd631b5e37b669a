import type { AnswerValue, ShortQuestion } from '@jingsai/domain';
import { invalidAnswer, noKey, review, roundToHalf } from './grade-result';
import type { GradeResult, KeyPointCoverage } from './grading.types';

export const DEFAULT_COVERAGE_THRESHOLD = 0.5;

/** One comparable character of a text and where it came from (UTF-16 offsets into the original). */
interface IndexedChar {
  ch: string;
  start: number;
  end: number;
}

/** Letters and digits only, full width folded, lower case: punctuation and spacing never decide coverage. */
function indexChars(text: string): IndexedChar[] {
  const chars: IndexedChar[] = [];
  let offset = 0;
  for (const raw of text) {
    const end = offset + raw.length;
    for (const ch of raw.normalize('NFKC').toLowerCase()) {
      if (/[\p{L}\p{N}]/u.test(ch)) chars.push({ ch, start: offset, end });
    }
    offset = end;
  }
  return chars;
}

/** Character bigrams: robust to reordered or swapped words (和/与, 的) where whole-phrase matching is not. */
function grams(chars: IndexedChar[]): string[] {
  if (chars.length === 1) return [chars[0].ch];
  return chars.slice(1).map((c, i) => chars[i].ch + c.ch);
}

/** Key points are the judge's checklist; without them the reference's sentences / numbered items stand in. */
function keyPointsOf(question: ShortQuestion): string[] {
  const points = (question.keyPoints ?? []).filter((k) => typeof k === 'string' && indexChars(k).length > 0);
  if (points.length > 0) return points;
  return (question.reference ?? '')
    .split(/[\n。；;]|[①-⑳⑴-⒇]|[(（]\d+[)）]/)
    .map((s) => s.trim())
    .filter((s) => indexChars(s).length > 1);
}

function coverageOf(keyPoint: string, answer: IndexedChar[], threshold: number): KeyPointCoverage {
  const keyGrams = new Set(grams(indexChars(keyPoint)));
  const size = keyGrams.size === 1 && [...keyGrams][0].length === 1 ? 1 : 2;
  const marked = new Array<boolean>(answer.length).fill(false);
  const found = new Set<string>();
  for (let i = 0; i + size <= answer.length; i++) {
    const gram = answer.slice(i, i + size).map((c) => c.ch).join('');
    if (!keyGrams.has(gram)) continue;
    found.add(gram);
    marked.fill(true, i, i + size);
  }
  const ratio = keyGrams.size === 0 ? 0 : Math.round((found.size / keyGrams.size) * 100) / 100;
  const covered = ratio >= threshold;
  return { keyPoint, covered, ratio, spans: covered ? toSpans(answer, marked) : [] };
}

/** Runs of marked characters → offsets in the original answer (a run may bridge punctuation). */
function toSpans(answer: IndexedChar[], marked: boolean[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  marked.forEach((on, i) => {
    if (!on) return;
    if (i > 0 && marked[i - 1]) spans[spans.length - 1].end = answer[i].end;
    else spans.push({ start: answer[i].start, end: answer[i].end });
  });
  return spans;
}

/** A suggestion for the judge, never a final score: points × covered share, rounded to 0.5. */
export function suggestShortAnswerScore(
  question: ShortQuestion,
  answer: string,
  threshold: number = DEFAULT_COVERAGE_THRESHOLD,
): { coverage: KeyPointCoverage[]; suggestedScore: number } {
  const keyPoints = keyPointsOf(question);
  const chars = indexChars(typeof answer === 'string' ? answer : '');
  const coverage = keyPoints.map((k) => coverageOf(k, chars, threshold));
  if (coverage.length === 0) return { coverage, suggestedScore: 0 };
  const share = coverage.filter((c) => c.covered).length / coverage.length;
  const suggestedScore = Math.min(question.points, Math.max(0, roundToHalf(question.points * share)));
  return { coverage, suggestedScore };
}

export function gradeShort(question: ShortQuestion, answer: AnswerValue, threshold?: number): GradeResult {
  if (keyPointsOf(question).length === 0) return noKey(question.points);
  if (typeof answer !== 'string') return invalidAnswer(question.points);
  return review(question.points, suggestShortAnswerScore(question, answer, threshold));
}
