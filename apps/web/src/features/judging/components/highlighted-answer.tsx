import { Fragment } from 'react';
import type { ReviewCoverage } from '@jingsai/domain';

/** Merges the covered key points' spans into sorted, non-overlapping ranges. */
export function mergeSpans(coverage: ReviewCoverage[], length: number): { start: number; end: number }[] {
  const spans = coverage
    .filter((c) => c.covered)
    .flatMap((c) => c.spans)
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The contestant's answer with the key-point matches marked. */
export function HighlightedAnswer({ answer, coverage }: { answer: string; coverage: ReviewCoverage[] }) {
  const spans = mergeSpans(coverage, answer.length);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: answer.slice(at, span.start), marked: false });
    parts.push({ text: answer.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < answer.length) parts.push({ text: answer.slice(at), marked: false });
  return (
    <div className="judge-answer" data-testid="judge-answer">
      {parts.map((part, i) => (
        <Fragment key={i}>{part.marked ? <mark>{part.text}</mark> : part.text}</Fragment>
      ))}
    </div>
  );
}
