/**
 * Answer keys printed after the questions (参考答案 / 答案及解析): entries such as `1.B 2.C`,
 * `（1）Ｂ　（2）Ｃ`, `1-5 BCADB`, `6～10 ABCDA`, `√×√√`, `题号/答案` grids, grouped by the
 * key's own section headings (the entries on a line: key-entries). Pure.
 */
import { GRID_ANSWERS, GRID_NUMBERS, bareSequence, cleanValue, keyEntries, splitRange } from './key-entries';
import { type SectionKind, chineseNumber, keyHeading, partHeading, partOrdinal, sectionHeading, sectionHeadingWithRest } from './paper-text.lexer';

export interface KeyEntry {
  no: number;
  value: string;
  line: number;
  explanation?: string;
}

export interface KeyGroup {
  line: number;
  kind?: SectionKind;
  label?: string;
  ordinal?: number;
  /** Index of the key's part heading ("第二篇") this group is under, 0 when none. */
  part: number;
  /** The key region this group belongs to (a paper may print a key after each section). */
  region: number;
  entries: KeyEntry[];
  /** Entries that could not be read, reported on their line. */
  problems: { line: number; message: string }[];
}


/** Reads the key's lines into groups, by the key's own section headings. */
export class KeyReader {
  readonly groups: KeyGroup[] = [];
  private part = 0;
  private region = 0;
  private grid: { numbers: number[]; line: number } | null = null;

  /** A new key region starts (a key heading). */
  startRegion(line: number): void {
    this.region += 1;
    this.groups.push(this.newGroup(line));
  }

  private newGroup(line: number, heading?: { kind: SectionKind; label: string; ordinal?: number }): KeyGroup {
    return { line, part: this.part, region: this.region, entries: [], problems: [], ...(heading ? { kind: heading.kind, label: heading.label, ordinal: heading.ordinal } : {}) };
  }

  private get group(): KeyGroup {
    return this.groups[this.groups.length - 1];
  }

  private lastNo(): number {
    const entries = this.group.entries;
    return entries.length ? entries[entries.length - 1].no : 0;
  }

  /** Feeds one line of the key (already without marks). Returns false when it is not key text. */
  read(line: number, text: string): boolean {
    const t = text.trim();
    if (!t) return true;
    if (this.grid) {
      const answers = t.match(GRID_ANSWERS);
      const numbers = this.grid.numbers;
      this.grid = null;
      if (answers) {
        const values = answers[1].trim().split(/[\s\u3000|｜]+/).filter(Boolean);
        if (values.length !== numbers.length) {
          this.group.problems.push({ line, message: `答案个数 ${values.length} 与题号个数 ${numbers.length} 不符，本行未采用 / ${values.length} answers for ${numbers.length} numbers: this line was not used` });
        } else numbers.forEach((no, i) => this.add(no, values[i], line));
        return true;
      }
    }
    // "参考答案" repeated, or "答案：1-5 …" inside the key: the heading goes, its entries stay.
    const heading = keyHeading(t);
    if (heading) return heading.rest.trim() ? this.read(line, heading.rest) : true;
    const grid = t.match(GRID_NUMBERS);
    if (grid) {
      this.grid = { numbers: grid[1].split(/[\s|｜]+/).map(Number), line };
      return true;
    }
    const part = partHeading(t);
    const section = sectionHeading(t);
    if (section) {
      this.groups.push(this.newGroup(line, section));
      return true;
    }
    if (part !== null && !sectionHeadingWithRest(t)) {
      this.part = partOrdinal(t) ?? this.part + 1;
      return true;
    }
    const withRest = sectionHeadingWithRest(t);
    if (withRest) {
      this.groups.push(this.newGroup(line, withRest));
      this.entries(line, withRest.rest);
      return true;
    }
    return this.entries(line, t);
  }

  private add(no: number, raw: string, line: number): void {
    const explained = raw.match(/^(.*?)(?:【?解析】?|说明)\s*[:：]\s*(.*)$/);
    const value = cleanValue(explained ? explained[1] : raw);
    this.group.entries.push({ no, value, line, ...(explained?.[2] ? { explanation: explained[2].trim() } : {}) });
  }

  private entries(line: number, text: string): boolean {
    const found = keyEntries(text, this.lastNo() + 1);
    if (found.length) {
      for (const e of found) {
        if (e.to === e.no) {
          this.add(e.no, e.value, line);
          continue;
        }
        const values = splitRange(e.value, e.to - e.no + 1);
        if (!values) {
          this.group.problems.push({
            line,
            message: `第 ${e.no}–${e.to} 题的答案个数不符，未采用 / The answers for ${e.no}–${e.to} do not match the count: not used`,
          });
          // Keep the numbering moving so the next entries are still read.
          this.group.entries.push({ no: e.to, value: '', line });
          continue;
        }
        values.forEach((v, k) => this.add(e.no + k, v, line));
      }
      return true;
    }
    const sequence = bareSequence(text);
    if (sequence) {
      const from = this.lastNo() + 1;
      sequence.forEach((v, k) => this.add(from + k, v, line));
      return true;
    }
    const entries = this.group.entries;
    if (entries.length === 0) return false;
    // A key's explanation, or a long answer that wraps onto the next lines.
    const last = entries[entries.length - 1];
    const explanation = text.match(/^(?:【?解析】?|说明)\s*[:：]\s*(.*)$/);
    if (explanation) last.explanation = [last.explanation, explanation[1].trim()].filter(Boolean).join('\n');
    else if (last.explanation) last.explanation += `\n${text.trim()}`;
    else last.value = [last.value, text.trim()].filter(Boolean).join('\n');
    return true;
  }
}

export { chineseNumber };
