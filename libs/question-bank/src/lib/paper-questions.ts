/** The questions of a cut paper: each block built by its type, with points, tags, source and its layout report. Pure. */
import type { ImportFormat, Question, QuestionReport, QuestionType } from '@jingsai/domain';
import { type PendingBlock } from './paper-blocks';
import { type Warning } from './question-block';
import { buildBlock } from './question-builders';
import { stripMarks } from './text.util';

export interface BuildOptions {
  points: Record<QuestionType, number>;
  format: ImportFormat;
  file?: string;
}

/**
 * Builds every block; a block that is no question after all gives its lines back as prose (`used` loses them).
 * Each question's report holds the warnings on its first line and its own.
 */
export function buildQuestions(blocks: PendingBlock[], warnings: Warning[], used: Set<number>, opts: BuildOptions): { questions: Question[]; reports: QuestionReport[] } {
  const { points, format } = opts;
  for (const block of blocks) for (const p of block.parts) used.add(p.line);
  const questions: Question[] = [];
  const reports: QuestionReport[] = [];
  const byLine = new Map<number, Warning[]>();
  for (const w of warnings) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  const builtLines = new Set<number>();
  for (const block of blocks) {
    const built = buildBlock(block);
    if (!built) {
      // Not a question after all: its lines are prose (reported as skipped below).
      for (const p of block.parts) used.delete(p.line);
      continue;
    }
    const own = [...block.notes, ...built.warnings];
    warnings.push(...own);
    const base = {
      points: points[built.core.type],
      ...(block.category ? { category: block.category } : {}),
      ...(built.explanation ? { explanation: built.explanation } : {}),
      source: { ...(opts.file ? { file: opts.file } : {}), line: block.line },
      tags: block.label ? [block.label] : [],
      ...(built.draft ? { draft: true } : {}),
    };
    questions.push({ ...built.core, ...base } as Question);
    reports.push({
      layout: { format, numbering: block.style, ...(built.layout.options ? { options: built.layout.options } : {}), answer: built.layout.answer },
      warnings: [...(byLine.get(block.line) ?? []), ...own].sort((a, b) => a.line - b.line),
    });
    builtLines.add(block.line);
  }
  // Lines shared by a prose block and a question (several on one line) stay used.
  for (const block of blocks) if (builtLines.has(block.line)) for (const p of block.parts) used.add(p.line);

  return { questions, reports };
}

export function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const k = `${w.line}\u0000${w.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Text that is neither a heading nor part of a question was skipped: say so once per stretch. */
export function reportSkipped(lines: string[], used: Set<number>, warnings: Warning[]): void {
  let from = 0;
  let to = 0;
  const close = (): void => {
    if (from) warnings.push({ line: from, message: `第 ${from}–${to} 行不是题目，已跳过 / Lines ${from}–${to} are not questions and were skipped` });
    from = 0;
  };
  lines.forEach((l, i) => {
    const n = i + 1;
    if (!stripMarks(l).trim()) return;
    if (used.has(n)) close();
    else {
      if (!from) from = n;
      to = n;
    }
  });
  close();
}
