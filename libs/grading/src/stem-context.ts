import { NO_CONTEXT, SCALE, type BlankContext } from './quantity-reader';
import { times } from './rational';
import { unitAtStart } from './unit-synonyms';

/**
 * Blank markers as countBlanksInStem (libs/domain) counts them: a run of _ or ＿ (it may go on across spaces and
 * line breaks) or empty （ ）/( ). Kept identical so blank i here is the blank the contestant saw as i.
 */
const BLANK_MARKER = /[_＿]{2,}(?:\s*[_＿]+)*|（\s*）|\(\s*\)/g;
const PREFIX_SCALES: [string, string][] = [
  ['百分之', '%'],
  ['千分之', '‰'],
  ['万分之', '‱'],
];

/**
 * The scale and unit the stem writes beside each blank: 百分之（ ） and （ ）% → percent, （ ）万元 → 万 and 元,
 * （ ）个小时内 → 小时. Only listed units count (unit-synonyms.ts): after the blank, 内/以上/的 are just words.
 * When the stem's markers and the key's blanks differ in number, no blank gets a context: we cannot tell
 * which unit belongs to which blank.
 */
export function blankContexts(stem: unknown, blankCount: number): BlankContext[] {
  const none = Array.from({ length: blankCount }, () => NO_CONTEXT);
  if (typeof stem !== 'string') return none;
  const markers = [...stem.matchAll(BLANK_MARKER)];
  if (markers.length !== blankCount) return none;
  return markers.map((m) => contextAt(stem.slice(0, m.index), stem.slice((m.index ?? 0) + m[0].length)));
}

function contextAt(before: string, after: string): BlankContext {
  const tail = before.normalize('NFKC').trimEnd();
  const head = after.normalize('NFKC').toLowerCase().trimStart();
  const prefix = PREFIX_SCALES.find(([words]) => tail.endsWith(words));
  const scales = prefix ? [SCALE[prefix[1]]] : [];

  let rest = head;
  const suffix = head.charAt(0);
  if (Object.hasOwn(SCALE, suffix)) {
    scales.push(SCALE[suffix]);
    rest = head.slice(1).trimStart();
  }
  // 95%以上: a percent sign is the whole unit; 万 may still be followed by one (万元, 万户).
  const unit = /[%‰‱]/.test(suffix) ? '' : unitAtStart(rest) ?? '';
  const scale = scales.reduce<BlankContext['scale']>((acc, s) => (acc ? times(acc, s) : s), undefined);
  return scale ? { scale, unit } : { unit };
}
