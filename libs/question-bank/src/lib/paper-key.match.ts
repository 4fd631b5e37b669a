/** Matches an answer key printed after the questions to the questions it answers. Pure. */
import { type KeyEntry, KeyReader } from './answer-key';
import { type PendingBlock, type Section, blockHasAnswer } from './paper-blocks';
import { type SectionKind } from './paper-text.lexer';
import { type Warning } from './question-block';

const kindMatches = (section: SectionKind | 'infer', key: SectionKind): boolean =>
  section === key ||
  (section === 'choice' && (key === 'single' || key === 'multiple')) ||
  (key === 'choice' && (section === 'single' || section === 'multiple'));

/**
 * Gives each question its answer from the key: a group under a section heading goes to the section
 * of that kind (and part, and number when printed), a key without headings goes by number (or, when
 * every section restarts at 1, run by run). Mismatches are warnings on their line, never a shift.
 */
export function applyKey(sections: Section[], blocks: PendingBlock[], keys: KeyReader, regions: { section: number; questionsAfter: boolean }[], warnings: Warning[]): void {
  for (const g of keys.groups) warnings.push(...g.problems);
  const bySection = new Map<number, PendingBlock[]>();
  for (const b of blocks) {
    const list = bySection.get(b.section);
    if (list) list.push(b);
    else bySection.set(b.section, [b]);
  }
  // Sections whose questions mostly carry no answer of their own are where a key's answers go.
  const needsKey = (s: Section): boolean => {
    const list = bySection.get(s.index) ?? [];
    return list.filter((b) => !blockHasAnswer(b)).length * 2 > list.length;
  };
  const all = sections.filter((s) => bySection.has(s.index));
  const withBlocks = [...all.filter(needsKey), ...all.filter((s) => !needsKey(s))];
  const taken = new Set<number>();

  const assign = (blocksOf: PendingBlock[], entries: KeyEntry[]): void => {
    const byNo = new Map<number, PendingBlock>();
    for (const b of blocksOf) if (!byNo.has(b.no)) byNo.set(b.no, b);
    for (const e of entries) {
      if (!e.value) continue; // a range whose answers did not fit: already reported on its line
      const b = byNo.get(e.no);
      if (!b) warnings.push({ line: e.line, message: `答案表第 ${e.no} 题没有对应的题目 / Key entry ${e.no} has no matching question` });
      else if (b.key) warnings.push({ line: e.line, message: `答案表第 ${e.no} 题重复，采用第一个 / Key entry ${e.no} appears twice; the first is used` });
      else b.key = { value: e.value, line: e.line, ...(e.explanation ? { explanation: e.explanation } : {}) };
    }
    for (const b of blocksOf) {
      if (!b.key) b.notes.push({ line: b.line, message: `答案表中没有第 ${b.no} 题的答案 / The answer key has no entry for question ${b.no}` });
    }
  };

  const loose: KeyEntry[] = [];
  let looseLine = 0;
  for (const g of keys.groups) {
    if (g.entries.length === 0) continue;
    if (g.kind) {
      const kind = g.kind;
      const open = withBlocks.filter((s) => !taken.has(s.index));
      const inPart = (s: Section) => g.part === 0 || s.part === g.part;
      const pick =
        open.find((s) => inPart(s) && kindMatches(s.kind, kind) && (g.ordinal === undefined || s.ordinal === undefined || s.ordinal === g.ordinal)) ??
        open.find((s) => inPart(s) && kindMatches(s.kind, kind)) ??
        open.find((s) => kindMatches(s.kind, kind)) ??
        open.find((s) => inPart(s) && g.ordinal !== undefined && s.ordinal === g.ordinal);
      if (!pick) {
        warnings.push({ line: g.line, message: `答案表中的“${g.label}”没有对应的题目部分 / The key's “${g.label}” matches no section of questions` });
        continue;
      }
      taken.add(pick.index);
      assign(bySection.get(pick.index) ?? [], g.entries);
      continue;
    }
    const region = regions[g.region - 1];
    if (region && (region.questionsAfter || regions.length > 1) && bySection.has(region.section) && !taken.has(region.section)) {
      // A key printed right after its own section.
      taken.add(region.section);
      assign(bySection.get(region.section) ?? [], g.entries);
      continue;
    }
    loose.push(...g.entries);
    looseLine = looseLine || g.line;
  }
  if (loose.length === 0) return;
  const untaken = withBlocks.filter((s) => !taken.has(s.index));
  const open = untaken.some(needsKey) ? untaken.filter(needsKey).sort((a, b) => a.index - b.index) : untaken;
  const openBlocks = open.flatMap((s) => bySection.get(s.index) ?? []);
  const numbers = openBlocks.map((b) => b.no);
  if (new Set(numbers).size === numbers.length) {
    assign(openBlocks, loose);
    return;
  }
  // Numbers restart in every section: the key's runs (1…n, 1…m, …) go to the sections in order.
  const runs: KeyEntry[][] = [];
  for (const e of loose) {
    const run = runs[runs.length - 1];
    if (!run || e.no <= run[run.length - 1].no) runs.push([e]);
    else run.push(e);
  }
  if (runs.length !== open.length) {
    warnings.push({
      line: looseLine,
      message: `答案表有 ${runs.length} 组编号，试题有 ${open.length} 个部分，按顺序对应 / The key has ${runs.length} runs of numbers for ${open.length} sections: matched in order`,
    });
  }
  runs.forEach((run, k) => {
    if (open[k]) assign(bySection.get(open[k].index) ?? [], run);
    else for (const e of run) warnings.push({ line: e.line, message: `答案表第 ${e.no} 题没有对应的题目 / Key entry ${e.no} has no matching question` });
  });
}

